/* Passerelle's window onto ncursesw. Swift cannot import C macros that take
 * arguments, variadic functions or (under Swift 6) mutable globals, so each
 * one the backend needs has a static inline accessor here. Only
 * TerminalNcurses/NcursesTerminal.swift imports this module. */
#ifndef PASSERELLE_CNCURSES_SHIM_H
#define PASSERELLE_CNCURSES_SHIM_H

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* Locale: UTF-8 text only renders after this. Returns 1 when the codeset is UTF-8. */
static inline int cn_setup_locale(void) {
  setlocale(LC_ALL, "");
  const char *codeset = nl_langinfo(CODESET);
  return codeset != NULL && strcmp(codeset, "UTF-8") == 0;
}

/* newterm instead of initscr: initscr exits the process on a bad TERM. */
static inline SCREEN *cn_newterm(void) { return newterm(NULL, stdout, stdin); }

static inline int cn_lines(void) { return LINES; }
static inline int cn_cols(void) { return COLS; }
static inline int cn_timeout(int ms) { timeout(ms); return OK; }
static inline int cn_keypad(void) { return keypad(stdscr, TRUE); }
static inline int cn_get_wch(wint_t *ch) { return get_wch(ch); }
static inline int cn_key_f(int n) { return KEY_F(n); }
static inline int cn_unget_wch(wchar_t ch) { return unget_wch(ch); }

static inline attr_t cn_a_normal(void) { return A_NORMAL; }
static inline attr_t cn_a_bold(void) { return A_BOLD; }
static inline attr_t cn_a_reverse(void) { return A_REVERSE; }
static inline attr_t cn_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cn_a_dim(void) { return A_DIM; }

static inline int cn_attr_set(attr_t attrs, short pair) { return attr_set(attrs, pair, NULL); }
static inline int cn_mvaddstr(int y, int x, const char *s) { return mvaddstr(y, x, s); }
static inline int cn_move(int y, int x) { return move(y, x); }
static inline int cn_refresh(void) { return refresh(); }
static inline int cn_clear(void) { return clear(); }
static inline int cn_clearok(void) { return clearok(stdscr, TRUE); }

/* Erases the terminal's scrollback (xterm, tmux and the Linux console since
 * 3.0 understand ESC [ 3 J); ncurses has no call for it. */
static inline void cn_clear_scrollback(void) {
  fputs("\033[3J", stdout);
  fflush(stdout);
}

#endif
