import Foundation
import VigieCore
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One XML part parsed as a stream of events (FoundationXML's `XMLParser` over an `InputStream`: `XMLParser(data:)`
/// refuses documents over 10 MB), with the checks a part of an untrusted workbook needs: no DOCTYPE or ENTITY
/// (no entity expansion, no external fetch), no NUL byte (UTF-16 or binary), well formed to the last end tag
/// (`parse()` can return true on malformed XML on Linux: `parserError` and the depth are checked too).
/// A handler may stop the parse with a reason (a cap reached, a bad value).
final class XMLEvents: NSObject, XMLParserDelegate {
    enum Failure: Error, Equatable {
        case doctype
        case notUTF8
        case malformed(line: Int)
        /// Raised by a handler: the problem is its own.
        case stopped(WorkbookProblem)
        /// Raised by a handler about one cell (1-based row and column).
        case cell(row: Int, column: Int, WorkbookProblem)
        /// Any other error of a handler, in its own words.
        case other(String)
    }

    typealias Start = (_ name: String, _ attributes: [String: String]) throws -> Void
    typealias End = (_ name: String) throws -> Void

    private let start: Start
    private let end: End
    private let text: (String) -> Void
    private var depth = 0
    private var sawRoot = false
    private var failure: Failure?

    private init(start: @escaping Start, end: @escaping End, text: @escaping (String) -> Void) {
        self.start = start
        self.end = end
        self.text = text
    }

    /// Parses `data`, calling the handlers for each element's start (local name, attributes by local name), end and
    /// text. Throws the first failure.
    static func parse(_ data: Data, start: @escaping Start, end: @escaping End = { _ in },
                      text: @escaping (String) -> Void = { _ in }) throws(Failure) {
        if data.withUnsafeBytes({ $0.baseAddress.map { memchr($0, 0, data.count) != nil } ?? false }) { throw .notUTF8 }
        if data.range(of: Data("<!DOCTYPE".utf8)) != nil || data.range(of: Data("<!ENTITY".utf8)) != nil { throw .doctype }
        let events = XMLEvents(start: start, end: end, text: text)
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = events
        let succeeded = parser.parse()
        if let failure = events.failure { throw failure }
        if !succeeded || parser.parserError != nil || events.depth != 0 || !events.sawRoot {
            throw .malformed(line: max(parser.lineNumber, 1))
        }
    }

    /// A handler's error as a failure (handlers throw `Failure`s).
    private static func failure(_ error: any Error) -> Failure { error as? Failure ?? .other(String(describing: error)) }

    private func stop(_ parser: XMLParser, _ failure: Failure) {
        if self.failure == nil { self.failure = failure }
        parser.abortParsing()
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
                attributes attributeDict: [String: String] = [:]) {
        guard failure == nil else { return }
        depth += 1
        sawRoot = true
        var attributes: [String: String] = [:]
        for (key, value) in attributeDict {
            // With namespaces processed, a prefixed attribute may still come as `r:id`: keep its local name.
            let local = key.split(separator: ":").last.map(String.init) ?? key
            if attributes[local] == nil || !key.contains(":") { attributes[local] = value }
        }
        do { try start(elementName, attributes) } catch { stop(parser, Self.failure(error)) }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        guard failure == nil else { return }
        depth -= 1
        do { try end(elementName) } catch { stop(parser, Self.failure(error)) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard failure == nil else { return }
        text(string)
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        guard failure == nil else { return }
        text(String(decoding: block, as: UTF8.self))
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        if failure == nil { failure = .malformed(line: max(parser.lineNumber, 1)) }
    }
}
