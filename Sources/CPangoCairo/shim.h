// Pango (text layout) on cairo (PDF surfaces) for Swift. Only Sources/RegieExport/Pdf*.swift imports this.
#ifndef REGIE_CPANGOCAIRO_SHIM_H
#define REGIE_CPANGOCAIRO_SHIM_H

#include <cairo.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

// PANGO_SCALE is a macro; read it through a function.
static inline int regie_pango_scale(void) { return PANGO_SCALE; }

#endif
