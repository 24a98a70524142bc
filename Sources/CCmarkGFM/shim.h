#ifndef DOCNORM_CCMARKGFM_SHIM_H
#define DOCNORM_CCMARKGFM_SHIM_H
// cmark-gfm's C library and its GFM extensions (tables, strikethrough, task lists,
// autolinks). Debian ships no pkg-config file for the extensions library.
#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm-core-extensions.h>
#endif
