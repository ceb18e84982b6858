extension Result where Failure == any Error {
    /// What `work` ended with: its value, or the error it threw.
    public init(awaiting work: () async throws -> Success) async {
        do { self = .success(try await work()) } catch { self = .failure(error) }
    }
}
