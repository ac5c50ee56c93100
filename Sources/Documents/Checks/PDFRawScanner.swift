/// The raw bytes of a PDF read just enough to find stream dictionaries
/// and where their data starts, before qpdf opens the file
/// (`PDFPackedStreams`). Not a PDF parser: tokens, strings skipped, names
/// unescaped.
extension PDFPackedStreams {
  /// A stream's dictionary, its names unescaped (`/Obj#53tm` is `/ObjStm`
  /// to qpdf, so it is here too), and where its data starts.
  struct RawStream {
    let dictionary: RawDictionary
    let dataStart: Int
  }

  /// The text of a dictionary, as tokens: enough to read /Type, /Filter
  /// and /Length, not a PDF parser.
  struct RawDictionary {
    let tokens: [String]

    func value(_ key: String) -> ArraySlice<String>? {
      // Only top-level keys matter here; nested dictionaries are skipped.
      var depth = 0
      for (index, token) in tokens.enumerated() {
        if token == "<<" || token == "[" { depth += 1 } else if token == ">>" || token == "]" { depth -= 1 }
        if depth == 1, token == key { return tokens[(index + 1)...] }
      }
      return nil
    }

    func hasName(_ key: String, _ name: String) -> Bool { value(key)?.first == name }

    /// nil when the filter cannot be read (an indirect reference).
    var filters: [String]? {
      guard let rest = value("/Filter") else { return [] }
      guard let first = rest.first else { return nil }
      if first.hasPrefix("/") { return [first] }
      guard first == "[" else { return nil }
      var names: [String] = []
      for token in rest.dropFirst() {
        if token == "]" { return names }
        guard token.hasPrefix("/") else { return nil }
        names.append(token)
      }
      return nil
    }

    /// (number) or (object, generation) of an indirect /Length.
    var length: (direct: Int?, reference: (Int, Int)?) {
      guard let rest = value("/Length"), let first = rest.first, let number = Int(first) else { return (nil, nil) }
      let next = Array(rest.dropFirst().prefix(2))
      if next.count == 2, let generation = Int(next[0]), next[1] == "R" { return (nil, (number, generation)) }
      return (number, nil)
    }
  }

  struct Scanner {
    let bytes: [UInt8]
    var position = 0
    /// Bytes read as dictionaries so far: about the file's size for any
    /// real PDF, whose dictionaries do not overlap.
    private(set) var work = 0
    var overWorked: Bool { work > 2 * bytes.count + 65_536 }
    /// Where each "N G obj" starts, built on the first indirect /Length.
    private var headers: [String: Int]?

    init(bytes: [UInt8]) { self.bytes = bytes }

    /// A stream dictionary of a megabyte is no stream qpdf would read either.
    static let longestDictionary = 1_000_000

    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 || b == 0x0C || b == 0x00 }
    static func isDelimiter(_ b: UInt8) -> Bool { "()<>[]{}/%".utf8.contains(b) }

    /// The next "N G obj << … >> stream" in the file.
    mutating func nextStream() -> RawStream? {
      let obj = Array("obj".utf8)
      while position + 3 <= bytes.count, !overWorked {
        guard let at = find(obj, from: position) else { position = bytes.count; return nil }
        position = at + 3
        guard at > 0, Self.isSpace(bytes[at - 1]) || bytes[at - 1].isDigit else { continue }
        var index = skipSpaces(at + 3)
        guard index + 1 < bytes.count, bytes[index] == 0x3C, bytes[index + 1] == 0x3C else { continue }
        let read = dictionary(from: index)
        work += (read?.1 ?? min(bytes.count, index + Self.longestDictionary)) - index
        guard let (tokens, end) = read else { continue }
        index = skipSpaces(end)
        let keyword = Array("stream".utf8)
        guard index + keyword.count <= bytes.count, Array(bytes[index..<(index + keyword.count)]) == keyword else {
          continue
        }
        index += keyword.count
        if index < bytes.count, bytes[index] == 0x0D { index += 1 }
        if index < bytes.count, bytes[index] == 0x0A { index += 1 }
        position = index
        return RawStream(dictionary: RawDictionary(tokens: tokens), dataStart: index)
      }
      return nil
    }

    /// Where the stream's data ends: its /Length, direct or in its own
    /// object, as qpdf reads it; else the next "endstream".
    mutating func dataEnd(of stream: RawStream) -> Int {
      let length = stream.dictionary.length
      if let direct = length.direct, direct >= 0 { return min(bytes.count, stream.dataStart + direct) }
      if let (number, generation) = length.reference, let value = integerObject(number, generation), value >= 0 {
        return min(bytes.count, stream.dataStart + value)
      }
      return find(Array("endstream".utf8), from: stream.dataStart) ?? bytes.count
    }

    /// The integer in "N G obj 1234 endobj" (the last such object, as a
    /// later update of the file wins).
    mutating func integerObject(_ number: Int, _ generation: Int) -> Int? {
      if headers == nil { headers = indexHeaders() }
      guard let at = headers?["\(number) \(generation)"] else { return nil }
      var index = skipSpaces(at)
      var value = 0, digits = 0
      while index < bytes.count, bytes[index].isDigit, digits < 12 {
        value = value * 10 + Int(bytes[index] - 0x30)
        index += 1
        digits += 1
      }
      return digits > 0 ? value : nil
    }

    /// "N G" → the index just after its "obj", in one pass over the file.
    func indexHeaders() -> [String: Int] {
      var found: [String: Int] = [:]
      var from = 0
      let obj = Array("obj".utf8)
      while let at = find(obj, from: from) {
        from = at + 3
        // Back over "N G " before "obj".
        var index = at - 1
        func digitsBack() -> Int? {
          let end = index
          while index >= 0, bytes[index].isDigit, end - index < 10 { index -= 1 }
          return end > index ? index + 1 : nil
        }
        while index >= 0, Self.isSpace(bytes[index]) { index -= 1 }
        guard digitsBack() != nil else { continue }
        while index >= 0, Self.isSpace(bytes[index]) { index -= 1 }
        guard let numberStart = digitsBack() else { continue }
        let text = String(decoding: bytes[numberStart..<at], as: UTF8.self)
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" })
        guard parts.count == 2 else { continue }
        found["\(parts[0]) \(parts[1])"] = at + 3
      }
      return found
    }

    func skipSpaces(_ start: Int) -> Int {
      var index = start
      while index < bytes.count {
        if Self.isSpace(bytes[index]) {
          index += 1
        } else if bytes[index] == 0x25 {  // a comment, to the end of the line
          while index < bytes.count, bytes[index] != 0x0A, bytes[index] != 0x0D { index += 1 }
        } else {
          break
        }
      }
      return index
    }

    func find(_ needle: [UInt8], from start: Int) -> Int? {
      guard needle.count <= bytes.count, start <= bytes.count - needle.count else { return nil }
      return bytes.withUnsafeBufferPointer { b in
        var index = start
        while index <= b.count - needle.count {
          if b[index] == needle[0] {
            var k = 1
            while k < needle.count, b[index + k] == needle[k] { k += 1 }
            if k == needle.count { return index }
          }
          index += 1
        }
        return nil
      }
    }

    /// The tokens of the dictionary at `start` and the index after its
    /// closing ">>"; strings are skipped, names unescaped.
    func dictionary(from start: Int) -> ([String], Int)? {
      var tokens: [String] = []
      var depth = 0
      var index = start
      let stop = min(bytes.count, start + Self.longestDictionary)
      while index < stop {
        let b = bytes[index]
        if Self.isSpace(b) { index += 1; continue }
        if b == 0x3C, index + 1 < stop, bytes[index + 1] == 0x3C {
          tokens.append("<<"); depth += 1; index += 2; continue
        }
        if b == 0x3E, index + 1 < stop, bytes[index + 1] == 0x3E {
          tokens.append(">>"); depth -= 1; index += 2
          if depth == 0 { return (tokens, index) }
          continue
        }
        switch b {
        case 0x5B: tokens.append("["); index += 1
        case 0x5D: tokens.append("]"); index += 1
        case 0x28:  // (a literal string), with nesting and escapes
          var level = 0
          while index < stop {
            if bytes[index] == 0x5C { index += 2; continue }
            if bytes[index] == 0x28 { level += 1 } else if bytes[index] == 0x29 { level -= 1 }
            index += 1
            if level == 0 { break }
          }
          tokens.append("()")
        case 0x3C:  // <hex string>
          while index < stop, bytes[index] != 0x3E { index += 1 }
          index += 1
          tokens.append("<>")
        case 0x25:
          index = skipSpaces(index)
        default:
          var token: [UInt8] = [b]
          index += 1
          while index < stop, !Self.isSpace(bytes[index]), !Self.isDelimiter(bytes[index]) {
            token.append(bytes[index])
            index += 1
          }
          tokens.append(b == 0x2F ? Self.unescapedName(token) : String(decoding: token, as: UTF8.self))
        }
      }
      return nil
    }

    /// "/Obj#53tm" → "/ObjStm".
    static func unescapedName(_ token: [UInt8]) -> String {
      var out: [UInt8] = []
      var index = 0
      while index < token.count {
        if token[index] == 0x23, index + 2 < token.count, let high = hex(token[index + 1]), let low = hex(token[index + 2]) {
          out.append(high << 4 | low)
          index += 3
        } else {
          out.append(token[index])
          index += 1
        }
      }
      return String(decoding: out, as: UTF8.self)
    }

    static func hex(_ b: UInt8) -> UInt8? {
      switch b {
      case 0x30...0x39: return b - 0x30
      case 0x41...0x46: return b - 0x37
      case 0x61...0x66: return b - 0x57
      default: return nil
      }
    }
  }
}

extension UInt8 {
  fileprivate var isDigit: Bool { (0x30...0x39).contains(self) }
}
