import DocumentImaging

/// Why a document is refused, in the person's language. Sizes are written
/// here, with the language's decimal separator ("4,2" / "4.2"): the
/// Documents module gives numbers, never sentences.
extension Catalog {
  public func documentProblem(_ problem: DocumentProblem) -> String {
    var arguments = problem.arguments
    if case let .tooLarge(bytes, limit) = problem {
      arguments["size"] = megabytes(bytes)
      arguments["limit"] = megabytes(limit)
    }
    return typeset(problem.key, arguments)
  }

  /// Megabytes with one decimal: "4,2" in French, "4.2" in English.
  public func megabytes(_ bytes: Int) -> String {
    let tenths = Int((Double(bytes) / 100_000).rounded())
    return "\(tenths / 10)\(text("amount.decimal"))\(tenths % 10)"
  }
}
