import Testing

@testable import ExosphereCLI

/// A server caps malloc's arenas unless the operator chose a number.
struct MemoryArenasTests {
    @Test func theCapIsSetUnlessMallocArenaMaxIsGiven() {
        #expect(MemoryArenas.limitForServer(environment: ["MALLOC_ARENA_MAX": "8"]) == false)
        #if os(Linux)
            #expect(MemoryArenas.limitForServer(environment: [:]) == true)
        #endif
    }
}
