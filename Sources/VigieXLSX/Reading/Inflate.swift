import CZlibVigie
import Foundation

/// A zip entry's bytes: stored, or inflated (raw deflate) from exactly its compressed bytes, the output counted
/// against a limit while it grows, the checksum compared at the end.
enum Inflate {
    enum Failure: Error {
        /// The output would pass the limit.
        case limit
        /// Not a complete deflate stream within its bytes, or the checksum differs.
        case damaged
    }

    static func entry(_ entry: ZipDirectory.Entry, of bytes: UnsafeRawBufferPointer, limit: Int) throws(Failure) -> Data {
        let input = UnsafeRawBufferPointer(rebasing: bytes[entry.dataOffset..<(entry.dataOffset + entry.compressedSize)])
        let data: Data
        if entry.method == 0 {
            guard input.count <= limit else { throw .limit }
            data = Data(input)
        } else {
            data = try inflate(input, limit: limit)
        }
        let checksum = data.withUnsafeBytes { output -> UInt32 in
            UInt32(crc32(0, output.baseAddress?.assumingMemoryBound(to: Bytef.self), uInt(output.count)))
        }
        guard checksum == entry.crc else { throw .damaged }
        return data
    }

    private static func inflate(_ input: UnsafeRawBufferPointer, limit: Int) throws(Failure) -> Data {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { throw .damaged }
        defer { inflateEnd(&stream) }
        var output = Data()
        let chunk = 64 * 1024
        var buffer = [UInt8](repeating: 0, count: chunk)
        stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress?.assumingMemoryBound(to: Bytef.self))
        stream.avail_in = uInt(input.count)
        while true {
            let (result, produced) = buffer.withUnsafeMutableBytes { out -> (Int32, Int) in
                stream.next_out = out.baseAddress?.assumingMemoryBound(to: Bytef.self)
                stream.avail_out = uInt(chunk)
                let result = CZlibVigie.inflate(&stream, Z_NO_FLUSH)
                return (result, chunk - Int(stream.avail_out))
            }
            guard output.count + produced <= limit else { throw .limit }
            output.append(contentsOf: buffer[0..<produced])
            if result == Z_STREAM_END { return output }
            // Z_BUF_ERROR without output: the input ended before the stream did.
            guard result == Z_OK, produced > 0 || stream.avail_in > 0 else { throw .damaged }
        }
    }
}
