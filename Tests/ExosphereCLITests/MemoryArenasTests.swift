import Testing

@testable import ExosphereCLI

/// A server caps malloc's arenas unless the operator chose a number. (The cap itself is not set
/// here: it would change the allocator of the whole test process.)
struct MemoryArenasTests {
    @Test func anOperatorsMallocArenaMaxWins() {
        #expect(MemoryArenas.limitForServer(environment: ["MALLOC_ARENA_MAX": "8"]) == false)
    }

    #if os(Linux)
        @Test func glibcsMalloptIsFound() {
            #expect(MemoryArenas.mallopt() != nil)
        }
    #endif
}
