// libqpdf's C API (Apache-2.0): page count, encryption and damage of
// incoming PDFs in under a millisecond.
#ifndef PASSERELLE_CQPDF_H
#define PASSERELLE_CQPDF_H
#include <qpdf/qpdf-c.h>
#endif
