/// Figures kept as plain doubles with NaN for none (`DomainFigures`, `Trend`): 8 bytes where a `Double?` takes 16.
/// No figure Vigie computes is NaN: a mean over no weight is none, never 0 / 0.
extension Double {
    /// nil for NaN (none), else the figure.
    var noneIfNaN: Double? { isNaN ? nil : self }
}
