/* Process hardening and re-execution for the kiosk. Swift cannot call
 * variadic C functions (prctl, fcntl's third argument), so each one the
 * kiosk needs has a static inline wrapper here. No library to link. */
#ifndef PASSERELLE_CPROCESS_SHIM_H
#define PASSERELLE_CPROCESS_SHIM_H

#include <dirent.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/prctl.h>
#include <sys/resource.h>

/* No core dump, no ptrace by the same user, /proc/PID/mem readable by root
 * only. Returns 0 when both settings took. */
static inline int cp_forbid_dumps(void) {
  struct rlimit none = {0, 0};
  int limit = setrlimit(RLIMIT_CORE, &none);
  int dumpable = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
  return (limit == 0 && dumpable == 0) ? 0 : -1;
}

/* 1 when core dumps are off for this process (for tests). */
static inline int cp_dumps_forbidden(void) {
  struct rlimit current;
  return prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0 && getrlimit(RLIMIT_CORE, &current) == 0 && current.rlim_cur == 0;
}

/* Marks every descriptor above 2 close-on-exec, so a re-executed kiosk
 * inherits only the terminal. */
static inline void cp_close_on_exec_above_stdio(void) {
  DIR *dir = opendir("/proc/self/fd");
  if (dir == NULL) return;
  int own = dirfd(dir);
  struct dirent *entry;
  while ((entry = readdir(dir)) != NULL) {
    int fd = atoi(entry->d_name);
    if (fd > 2 && fd != own) fcntl(fd, F_SETFD, FD_CLOEXEC);
  }
  closedir(dir);
}

#endif
