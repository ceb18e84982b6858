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
    /// The owning project of each ``ProjectOwned`` record.
    private var owners: [String: String] = [:]
    /// The ids of each project's records in creation order, so a listing reads only its own.
    private var orderByOwner: [String: [String]] = [:]

    subscript(id: String) -> Record? {
        get { byID[id] }
        set {
            if let newValue {
                if byID[id] == nil { order.append(id) }
                byID[id] = newValue
                if let owned = newValue as? any ProjectOwned { setOwner(of: id, to: owned.projectID) }
            } else if byID.removeValue(forKey: id) != nil {
                order.removeAll { $0 == id }
                setOwner(of: id, to: nil)
            }
        }
    }

    private mutating func setOwner(of id: String, to projectID: String?) {
        let previous = owners[id]
        guard previous != projectID else { return }
        if let previous { orderByOwner[previous]?.removeAll { $0 == id } }
        if let projectID { orderByOwner[projectID, default: []].append(id) }
        owners[id] = projectID
    }

    /// The ids of `projectID`'s records, oldest first.
    func ids(ownedBy projectID: String) -> [String] {
        orderByOwner[projectID] ?? []
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
