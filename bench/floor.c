/* The floor: what no converter built on libzip and libxml2 can beat. For each .docx given,
 * unzip word/document.xml, word/styles.xml and word/numbering.xml into memory and parse
 * each with libxml2 (the same options docnorm uses), then free everything. Prints the
 * number of files read. */
#include <stdio.h>
#include <stdlib.h>
#include <zip.h>
#include <libxml/parser.h>

static const char *parts[] = {"word/document.xml", "word/styles.xml", "word/numbering.xml"};

static char *slurp(const char *path, long *size) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    *size = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc(*size > 0 ? *size : 1);
    if (buf && fread(buf, 1, *size, f) != (size_t)*size) { free(buf); buf = NULL; }
    fclose(f);
    return buf;
}

int main(int argc, char **argv) {
    xmlInitParser();
    int ok = 0;
    for (int i = 1; i < argc; i++) {
        long size = 0;
        char *data = slurp(argv[i], &size);
        if (!data) continue;
        zip_error_t error;
        zip_error_init(&error);
        zip_source_t *src = zip_source_buffer_create(data, size, 0, &error);
        zip_t *za = src ? zip_open_from_source(src, ZIP_RDONLY, &error) : NULL;
        if (!za) { if (src) zip_source_free(src); free(data); zip_error_fini(&error); continue; }
        for (int p = 0; p < 3; p++) {
            zip_stat_t st;
            if (zip_stat(za, parts[p], 0, &st) != 0) continue;
            zip_file_t *zf = zip_fopen(za, parts[p], 0);
            if (!zf) continue;
            char *xml = malloc(st.size + 1);
            zip_int64_t n = zip_fread(zf, xml, st.size);
            zip_fclose(zf);
            if (n > 0) {
                xmlDocPtr doc = xmlReadMemory(xml, (int)n, NULL, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_COMPACT);
                if (doc) xmlFreeDoc(doc);
            }
            free(xml);
        }
        zip_discard(za);
        zip_error_fini(&error);
        free(data);
        ok++;
    }
    printf("%d\n", ok);
    return 0;
}
