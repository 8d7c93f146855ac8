/*
 * write-limit: the floor for any program that writes a given report set.
 *
 * Reads a manifest of the files that `vigie report` has just written (one `size<TAB>relative path` a line; a
 * full report is 31,000 files and 3.7 GB) and one of its pages, then writes files of the same names and sizes
 * into an empty folder, the way `vigie` writes its pages: each in one pwrite from memory (open
 * O_CREAT|O_TRUNC, pwrite, close), on as many threads as the machine has cores, every folder made first. The
 * bytes are the page's, repeated, so that the kernel copies what it would copy for the report; nothing is
 * rendered. What it takes is the kernel's part of a report of that size on that machine: creating the files
 * and copying their bytes into the page cache (or a tmpfs), the memory for them included. The driver
 * (run.py) deletes the report before this runs, so that both write into the same free memory.
 *
 *     cc -O2 -pthread -o .bench/write-limit Benchmarks/write-limit.c
 *     .bench/write-limit MANIFEST PAGE EMPTY_DIR   →  files=… bytes=…
 */
#define _XOPEN_SOURCE 700
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct file {
    char *path;  /* relative to the folder written */
    size_t size;
};

static struct file *files;
static size_t count, capacity, largest;
static const char *destination;
static unsigned char *bytes;
static size_t page_size;
static int threads;

/* Makes the folders of `path` (relative to the destination) that do not exist yet. */
static void make_parents(const char *relative) {
    char path[8192];
    int length = snprintf(path, sizeof path, "%s/%s", destination, relative);
    for (int i = (int)strlen(destination) + 1; i < length; i++) {
        if (path[i] != '/') continue;
        path[i] = 0;
        if (mkdir(path, 0755) != 0 && errno != EEXIST) { perror(path); exit(1); }
        path[i] = '/';
    }
}

static void *write_files(void *argument) {
    long first = (long)argument;
    char path[8192];
    for (size_t i = (size_t)first; i < count; i += (size_t)threads) {
        snprintf(path, sizeof path, "%s/%s", destination, files[i].path);
        int descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        if (descriptor < 0) { perror(path); exit(1); }
        size_t offset = 0;
        while (offset < files[i].size) {
            ssize_t written = pwrite(descriptor, bytes + offset, files[i].size - offset, (off_t)offset);
            if (written < 0 && errno == EINTR) continue;
            if (written < 0) { perror(path); exit(1); }
            offset += (size_t)written;
        }
        close(descriptor);
    }
    return NULL;
}

int main(int argc, char **argv) {
    if (argc != 4) {
        fprintf(stderr, "usage: write-limit MANIFEST PAGE EMPTY_DIR\n");
        return 2;
    }
    destination = argv[3];
    FILE *manifest = fopen(argv[1], "r");
    if (!manifest) { perror(argv[1]); return 1; }
    char line[8192];
    while (fgets(line, sizeof line, manifest)) {
        char *tab = strchr(line, '\t');
        if (!tab) continue;
        line[strcspn(line, "\n")] = 0;
        if (count == capacity) {
            capacity = capacity ? capacity * 2 : 1024;
            files = realloc(files, capacity * sizeof *files);
            if (!files) { perror("write-limit"); return 1; }
        }
        files[count].size = strtoull(line, NULL, 10);
        files[count].path = strdup(tab + 1);
        if (files[count].size > largest) largest = files[count].size;
        count++;
    }
    fclose(manifest);
    if (count == 0) { fprintf(stderr, "write-limit: %s lists no file\n", argv[1]); return 1; }
    /* The page's bytes, repeated up to the largest size. */
    FILE *page = fopen(argv[2], "rb");
    if (!page) { perror(argv[2]); return 1; }
    bytes = malloc(largest + 1);
    page_size = fread(bytes, 1, largest, page);
    fclose(page);
    if (page_size == 0) { fprintf(stderr, "write-limit: %s is empty\n", argv[2]); return 1; }
    for (size_t i = page_size; i < largest; i++) bytes[i] = bytes[i % page_size];

    if (mkdir(destination, 0755) != 0 && errno != EEXIST) { perror(destination); return 1; }
    const char *previous = "";
    size_t previous_length = 0;
    for (size_t i = 0; i < count; i++) {
        const char *slash = strrchr(files[i].path, '/');
        size_t length = slash ? (size_t)(slash - files[i].path) : 0;
        if (length == 0 || (length == previous_length && strncmp(previous, files[i].path, length) == 0)) continue;
        make_parents(files[i].path);
        previous = files[i].path;
        previous_length = length;
    }
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    threads = cores > 0 ? (int)cores : 1;
    pthread_t *workers = calloc((size_t)threads, sizeof *workers);
    for (long t = 0; t < threads; t++) pthread_create(&workers[t], NULL, write_files, (void *)t);
    for (int t = 0; t < threads; t++) pthread_join(workers[t], NULL);
    unsigned long long total = 0;
    for (size_t i = 0; i < count; i++) total += files[i].size;
    printf("files=%zu bytes=%llu\n", count, total);
    return 0;
}
