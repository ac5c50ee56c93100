// libjpeg-turbo and libpng, for page images; zlib, to measure what a PDF
// stream inflates to without keeping it (BoundedInflate). Swift cannot survive
// setjmp/longjmp, so only the TurboJPEG API (tj*) and libpng's simplified
// png_image_* API are used.
#ifndef PASSERELLE_CIMAGING_H
#define PASSERELLE_CIMAGING_H
#include <stdio.h>
#include <turbojpeg.h>
#include <png.h>
#include <zlib.h>

/// PNG_FORMAT_GRAY is a macro.
static inline png_uint_32 cd_png_format_gray(void) { return PNG_FORMAT_GRAY; }
/// inflateInit is a macro too: zlib checks its version and struct size.
static inline int cd_inflate_init(z_streamp stream) { return inflateInit(stream); }
/// The tests' deflate, to write PDF streams (TestSupport/HostilePDF).
static inline int cd_deflate_init(z_streamp stream, int level) { return deflateInit(stream, level); }
#endif
