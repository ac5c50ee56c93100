// The C libraries the Documents module links (all licences fit a product
// agencies redistribute: libjpeg-turbo BSD/IJG, libpng, libharu zlib,
// libqpdf Apache-2.0). Swift cannot survive setjmp/longjmp, so only the
// TurboJPEG API (tj*) and libpng's simplified png_image_* API are used.
#ifndef PASSERELLE_CDOCUMENTS_H
#define PASSERELLE_CDOCUMENTS_H
#include <stdio.h>
#include <turbojpeg.h>
#include <png.h>
#include <hpdf.h>
#include <qpdf/qpdf-c.h>

/// PNG_IMAGE_SIZE is a macro: the buffer size for a decoded image.
static inline size_t cd_png_image_size(png_image *image) { return PNG_IMAGE_SIZE(*image); }
static inline int cd_png_image_failed(png_image *image) { return PNG_IMAGE_FAILED(*image); }
static inline png_uint_32 cd_png_format_gray(void) { return PNG_FORMAT_GRAY; }
#endif
