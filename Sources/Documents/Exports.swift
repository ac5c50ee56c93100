/// Pages, checks and assembly come from DocumentImaging, and the values the
/// screens show (files on a stick, scan failures, references) from
/// DocumentModel; users of Documents see them as one module.
@_exported import DocumentImaging
@_exported import DocumentModel
