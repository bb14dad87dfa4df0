/// A small table from names to values, for the lookups of every `{{name}}` in every template.
///
/// A `Dictionary` hashes each name with SipHash, seeded anew for every lookup, and a name looked up
/// on five views down the context stack is hashed five times: a twentieth of a dossier page's
/// rendering (issue 15). A view has a few dozen fields at most; here a name is hashed with FNV-1a
/// over its UTF-8 bytes and found by linear probing in a table at most half full.
struct FieldTable<Value> {
    let names: [String]
    private let values: [Value]
    /// Each slot holds an index into `names` plus one; 0 is empty.
    private let slots: [Int]
    private let mask: Int

    init(_ entries: [(String, Value)]) {
        var size = 4
        while size < entries.count * 2 { size *= 2 }
        var slots = [Int](repeating: 0, count: size)
        var names: [String] = [], values: [Value] = []
        for (name, value) in entries where !names.contains(name) {
            var slot = Self.hash(name) & (size - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            names.append(name)
            values.append(value)
            slots[slot] = names.count
        }
        self.names = names
        self.values = values
        self.slots = slots
        mask = size - 1
    }

    func value(named name: String) -> Value? {
        var slot = Self.hash(name) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            if names[entry - 1] == name { return values[entry - 1] }
            slot = (slot + 1) & mask
        }
    }

    static func hash(_ name: String) -> Int {
        func fnv(_ bytes: some Sequence<UInt8>) -> Int {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            return Int(truncatingIfNeeded: hash ^ (hash >> 29))
        }
        return name.utf8.withContiguousStorageIfAvailable { fnv($0) } ?? fnv(name.utf8)
    }
}
