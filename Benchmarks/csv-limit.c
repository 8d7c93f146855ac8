/*
 * csv-limit: the floor for any reader built on libcsv.
 *
 * Walks a Vigie workspace the way `vigie` does (checklists/<catalogue>/<name>.csv, audits/units.csv,
 * audits/<year>/<name>.csv for folders whose name is all digits), reads every file with fread into a
 * 64 KiB buffer and hands it to libcsv with callbacks that only count fields and rows. It skips
 * a UTF-8 BOM and picks the delimiter from the header line (the most frequent of ';', TAB, ','
 * outside quotes), so it parses the same records as Vigie, and does nothing else.
 *
 *     cc -O2 -o .bench/csv-limit Benchmarks/csv-limit.c -lcsv
 *     .bench/csv-limit WORKSPACE   →  files=… bytes=… rows=… fields=…
 */
#include <csv.h>
#include <ctype.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define CHUNK (64 * 1024)

struct counts {
    unsigned long long files, bytes, rows, fields, field_bytes;
};

static void on_field(void *data, size_t length, void *context) {
    struct counts *c = context;
    (void)data;
    c->fields++;
    c->field_bytes += length;
}

static void on_row(int terminator, void *context) {
    struct counts *c = context;
    (void)terminator;
    c->rows++;
}

static unsigned char detect_delimiter(const unsigned char *p, size_t n) {
    size_t semi = 0, tab = 0, comma = 0;
    int quoted = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char b = p[i];
        if (b == '"') quoted = !quoted;
        else if (!quoted && (b == '\n' || b == '\r')) break;
        else if (!quoted && b == ';') semi++;
        else if (!quoted && b == '\t') tab++;
        else if (!quoted && b == ',') comma++;
    }
    if (semi >= tab && semi >= comma) return semi > 0 || (tab == 0 && comma == 0) ? ';' : ',';
    return tab >= comma ? '\t' : ',';
}

static int tokenise(const char *path, struct csv_parser *parser, unsigned char *buffer, struct counts *c) {
    FILE *file = fopen(path, "rb");
    if (!file) { perror(path); return 1; }
    size_t n = fread(buffer, 1, CHUNK, file);
    size_t start = 0;
    if (n >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF) start = 3;
    csv_init(parser, CSV_STRICT_FINI);
    csv_set_delim(parser, detect_delimiter(buffer + start, n - start));
    while (n > 0) {
        c->bytes += n;
        if (csv_parse(parser, buffer + start, n - start, on_field, on_row, c) != n - start) {
            fprintf(stderr, "%s: %s\n", path, csv_strerror(csv_error(parser)));
            fclose(file);
            return 1;
        }
        start = 0;
        n = fread(buffer, 1, CHUNK, file);
    }
    csv_fini(parser, on_field, on_row, c);
    csv_free(parser);
    fclose(file);
    c->files++;
    return 0;
}

static int by_name(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The sorted names in a folder that satisfy `keep` (a file ending in .csv, or a year folder). */
static char **list(const char *folder, int (*keep)(const char *folder, const char *name), size_t *count) {
    *count = 0;
    DIR *dir = opendir(folder);
    if (!dir) return NULL;
    size_t capacity = 64;
    char **names = malloc(capacity * sizeof *names);
    struct dirent *entry;
    while ((entry = readdir(dir))) {
        if (entry->d_name[0] == '.' || !keep(folder, entry->d_name)) continue;
        if (*count == capacity) names = realloc(names, (capacity *= 2) * sizeof *names);
        names[(*count)++] = strdup(entry->d_name);
    }
    closedir(dir);
    qsort(names, *count, sizeof *names, by_name);
    return names;
}

static int is_kind(const char *folder, const char *name, int want_dir) {
    char path[4096];
    struct stat st;
    snprintf(path, sizeof path, "%s/%s", folder, name);
    return stat(path, &st) == 0 && (want_dir ? S_ISDIR(st.st_mode) : S_ISREG(st.st_mode));
}

static int is_csv(const char *folder, const char *name) {
    size_t n = strlen(name);
    return n > 4 && strcasecmp(name + n - 4, ".csv") == 0 && is_kind(folder, name, 0);
}

static int is_dir(const char *folder, const char *name) { return is_kind(folder, name, 1); }

static int is_year(const char *folder, const char *name) {
    for (const char *p = name; *p; p++) if (!isdigit((unsigned char)*p)) return 0;
    return is_dir(folder, name);
}

static int tokenise_folder(const char *folder, struct csv_parser *parser, unsigned char *buffer, struct counts *c) {
    size_t n;
    char **names = list(folder, is_csv, &n);
    int failed = 0;
    char path[4096];
    for (size_t i = 0; i < n; i++) {
        snprintf(path, sizeof path, "%s/%s", folder, names[i]);
        failed |= tokenise(path, parser, buffer, c);
        free(names[i]);
    }
    free(names);
    return failed;
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: csv-limit WORKSPACE\n");
        return 2;
    }
    const char *root = argv[1];
    struct csv_parser parser;
    unsigned char *buffer = malloc(CHUNK);
    struct counts c = {0};
    int failed = 0;
    char path[4096];
    size_t n;

    snprintf(path, sizeof path, "%s/checklists", root);
    char **catalogues = list(path, is_dir, &n);
    for (size_t i = 0; i < n; i++) {
        char folder[8192];
        snprintf(folder, sizeof folder, "%s/%s", path, catalogues[i]);
        failed |= tokenise_folder(folder, &parser, buffer, &c);
        free(catalogues[i]);
    }
    free(catalogues);

    snprintf(path, sizeof path, "%s/audits/units.csv", root);
    struct stat st;
    if (stat(path, &st) == 0) failed |= tokenise(path, &parser, buffer, &c);

    snprintf(path, sizeof path, "%s/audits", root);
    char **years = list(path, is_year, &n);
    for (size_t i = 0; i < n; i++) {
        char folder[8192];
        snprintf(folder, sizeof folder, "%s/%s", path, years[i]);
        failed |= tokenise_folder(folder, &parser, buffer, &c);
        free(years[i]);
    }
    free(years);
    free(buffer);
    printf("files=%llu bytes=%llu rows=%llu fields=%llu field_bytes=%llu\n", c.files, c.bytes, c.rows, c.fields, c.field_bytes);
    return failed;
}
