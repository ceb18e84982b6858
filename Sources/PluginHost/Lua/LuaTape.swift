internal import CLuaShim

/// Converts between ``LuaValue`` and the C shim's flat value tapes.
enum LuaTape {
    /// The top-level values on a tape.
    static func values(of tape: UnsafePointer<exo_tape>) -> [LuaValue] {
        let count = tape.pointee.count
        guard let slots = tape.pointee.slots else { return [] }
        var index = 0
        var values: [LuaValue] = []
        while index < count {
            values.append(value(slots, count: count, index: &index))
        }
        return values
    }

    private static func value(_ slots: UnsafeMutablePointer<exo_slot>, count: Int, index: inout Int) -> LuaValue {
        guard index < count else { return .nil }
        let slot = slots[index]
        index += 1
        switch Int(slot.kind) {
        case Int(EXO_BOOLEAN.rawValue): return .boolean(slot.integer != 0)
        case Int(EXO_INTEGER.rawValue): return .integer(slot.integer)
        case Int(EXO_NUMBER.rawValue): return .number(slot.number)
        case Int(EXO_STRING.rawValue): return .string(LuaString(bytes: bytes(of: slot)))
        case Int(EXO_FUNCTION.rawValue): return .function(LuaFunctionReference(reference: slot.integer))
        case Int(EXO_OTHER.rawValue): return .opaque(String(decoding: bytes(of: slot), as: UTF8.self))
        case Int(EXO_TABLE.rawValue):
            var entries: [LuaValue: LuaValue] = [:]
            for _ in 0..<max(0, Int(slot.count)) {
                let key = value(slots, count: count, index: &index)
                let item = value(slots, count: count, index: &index)
                entries[key] = item
            }
            return .table(entries)
        default: return .nil
        }
    }

    private static func bytes(of slot: exo_slot) -> [UInt8] {
        guard let pointer = slot.bytes, slot.length > 0 else { return [] }
        return pointer.withMemoryRebound(to: UInt8.self, capacity: slot.length) {
            Array(UnsafeBufferPointer(start: $0, count: slot.length))
        }
    }

    /// Appends values to a tape (the tape copies strings).
    static func append(_ values: [LuaValue], to tape: UnsafeMutablePointer<exo_tape>) {
        for value in values { append(value, to: tape) }
    }

    static func append(_ value: LuaValue, to tape: UnsafeMutablePointer<exo_tape>) {
        switch value {
        case .nil, .opaque: exo_tape_push_nil(tape)
        case .boolean(let flag): exo_tape_push_boolean(tape, flag ? 1 : 0)
        case .integer(let number): exo_tape_push_integer(tape, number)
        case .number(let number): exo_tape_push_number(tape, number)
        case .string(let string):
            string.bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { exo_tape_push_string(tape, $0.baseAddress, $0.count) }
            }
        case .function(let function): exo_tape_push_function(tape, function.reference)
        case .table(let entries):
            exo_tape_push_table(tape, Int32(clamping: entries.count))
            for (key, item) in entries {
                append(key, to: tape)
                append(item, to: tape)
            }
        }
    }
}
