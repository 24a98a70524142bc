#ifndef DOCNORM_CLIBZIP_SHIM_H
#define DOCNORM_CLIBZIP_SHIM_H
#include <zip.h>
#endif
