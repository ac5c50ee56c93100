/// The journals store the values Statistics defines; their users see both
/// as one module.
@_exported import Statistics
