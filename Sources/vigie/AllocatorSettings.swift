#if canImport(Glibc)
import CMalloc
#endif

/// The memory allocator's settings for a run of the command line.
enum AllocatorSettings {
    /// Blocks of this size and more get pages of their own from the system, given back as soon as they are freed.
    static let ownPagesFrom: Int32 = 1 << 20

    /// glibc raises its threshold for own pages to the size of every such block freed (up to 32 MiB), so once the
    /// loader has freed a file's buffer, the large arrays that grow or are copied later (the answers, the scores,
    /// the trends) come from the shared heap, and their freed copies stay there as holes among the blocks that
    /// live on. A fixed threshold keeps them out of it: a report at 3,000 units peaked at 99 MiB, 86 MiB with it
    /// (a tenth's at 46 MiB either way; see docs/performance.md, session 14). Elsewhere nothing to do.
    static func apply() {
        #if canImport(Glibc)
        _ = mallopt(M_MMAP_THRESHOLD, ownPagesFrom)
        #endif
    }
}
