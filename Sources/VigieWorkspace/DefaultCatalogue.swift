/// The catalogue Vigie ships, compiled into the binary: `vigie init` writes it into a new workspace.
public enum DefaultCatalogue {
    public static let name = "administration-ouverte"

    /// The files as Excel writes them: UTF-8 with BOM, CRLF line ends.
    public static var fileBytes: [(name: String, bytes: [UInt8])] {
        files.map { file in
            let text = file.text.replacingOccurrences(of: "\n", with: "\r\n") + "\r\n"
            return (file.name, [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        }
    }
}
