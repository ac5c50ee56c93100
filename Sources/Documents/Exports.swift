/// Pages, checks and assembly come from DocumentImaging; users of
/// Documents see them as one module.
@_exported import DocumentImaging
