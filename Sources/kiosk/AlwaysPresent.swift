/// An optional value that JSON shows as `null` instead of leaving its key
/// out: scripts can rely on every key `docs/cli.md` documents being there.
@propertyWrapper
struct AlwaysPresent<Value: Encodable & Sendable>: Encodable, Sendable {
  var wrappedValue: Value?

  init(wrappedValue: Value?) { self.wrappedValue = wrappedValue }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    if let wrappedValue { try container.encode(wrappedValue) } else { try container.encodeNil() }
  }
}
