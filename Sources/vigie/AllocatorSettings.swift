#if canImport(Glibc)
import CMalloc
#endif

/// The memory allocator's settings for `vigie report`.
enum AllocatorSettings {
    /// Blocks of this size and more get pages of their own from the system, given back as soon as they are freed.
    static let ownPagesFrom: Int32 = 1 << 20

    /// glibc raises its threshold for own pages to the size of every such block freed (up to 32 MiB), so once the
    /// loader has freed a file's buffer, the large arrays that grow or are copied later (the answers, the scores,
    /// the trends) come from the shared heap, and their freed copies stay there as holes among the blocks that
    /// live on while the pages are written. A fixed threshold keeps them out of it: a report at 3,000 units peaked
    /// at 99 MiB, 86 MiB with it (a tenth's at 46 MiB either way; see docs/performance.md, session 14). The price
    /// is fresh pages for each large block (some 2 s of system time at that size, the wall time the same), which
    /// `score` and `validate`, short and without pages to write, are spared. Elsewhere than glibc nothing to do.
    static func forReports() {
        #if canImport(Glibc)
        _ = mallopt(M_MMAP_THRESHOLD, ownPagesFrom)
        #endif
    }
}
