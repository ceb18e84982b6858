/// A record with a string id.
protocol Identified: Sendable {
    var id: String { get }
}

/// A record that belongs to one project.
protocol ProjectOwned {
    var projectID: String { get }
}

/// Records by id, remembering creation order so listings are stable and cheap to page.
struct RecordTable<Record: Identified>: Sendable {
    private(set) var byID: [String: Record] = [:]
    private(set) var order: [String] = []
    /// The owning project of each ``ProjectOwned`` record, so a listing can skip other projects'
    /// records without copying them.
    private(set) var owners: [String: String] = [:]

    subscript(id: String) -> Record? {
        get { byID[id] }
        set {
            if let newValue {
                if byID[id] == nil { order.append(id) }
                byID[id] = newValue
                if let owned = newValue as? any ProjectOwned { owners[id] = owned.projectID }
            } else if byID.removeValue(forKey: id) != nil {
                order.removeAll { $0 == id }
                owners[id] = nil
            }
        }
    }

    /// Whether record `id` belongs to `projectID` (false for unknown ids and unowned records).
    func isOwned(_ id: String, by projectID: String) -> Bool {
        owners[id] == projectID
    }

    mutating func insert(_ record: Record) { self[record.id] = record }

    /// Records oldest first.
    var all: [Record] { order.compactMap { byID[$0] } }

    var count: Int { byID.count }
}

extension ServerRecord: Identified, ProjectOwned {}
extension ImageRecord: Identified {}
extension NetworkRecord: Identified {}
extension SubnetRecord: Identified {}
extension RouterRecord: Identified {}
extension PortRecord: Identified {}
extension FloatingIPRecord: Identified {}
extension SecurityGroupRecord: Identified {}
extension SecurityGroupRuleRecord: Identified {}
extension VolumeRecord: Identified {}
extension ProjectRecord: Identified {}
extension ApplicationCredentialRecord: Identified {}
