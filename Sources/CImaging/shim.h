// libjpeg-turbo and libpng, for page images. Swift cannot survive
// setjmp/longjmp, so only the TurboJPEG API (tj*) and libpng's simplified
// png_image_* API are used.
#ifndef PASSERELLE_CIMAGING_H
#define PASSERELLE_CIMAGING_H
#include <stdio.h>
#include <turbojpeg.h>
#include <png.h>

/// PNG_FORMAT_GRAY is a macro.
static inline png_uint_32 cd_png_format_gray(void) { return PNG_FORMAT_GRAY; }
#endif
