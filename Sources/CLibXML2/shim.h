#ifndef DOCNORM_CLIBXML2_SHIM_H
#define DOCNORM_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
// libxml2's encoding.h pulls in the system ICU headers when built with ICU; they clash with
// Foundation's own copy of ICU in any Swift module that sees both. docnorm never touches the
// ICU parts (only trailing members of xmlCharEncodingHandler, used through pointers).
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlerror.h>

// Swift 6 cannot call the global function pointer xmlFree directly.
static inline void docnorm_xmlFree(void *p) { xmlFree(p); }

// Silence libxml2's default printing of errors to stderr; errors are read
// back through xmlTextReader / the parser context instead.
static void docnorm_silent_error(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }
static inline void docnorm_xmlSilenceErrors(void) {
    xmlSetGenericErrorFunc(NULL, docnorm_silent_error);
}
#endif
