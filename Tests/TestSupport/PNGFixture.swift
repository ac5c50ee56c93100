import CImaging
import DocumentImaging

/// PNG files for tests, written by libpng's simplified API, and PNG's
/// chunk checksum to forge headers that libpng still accepts.
public enum PNGFixture {
  public static func encode(_ image: GrayImage) -> [UInt8] {
    var png = png_image()
    png.version = UInt32(PNG_IMAGE_VERSION)
    png.width = UInt32(image.width)
    png.height = UInt32(image.height)
    png.format = cd_png_format_gray()
    var size = 0
    _ = image.pixels.withUnsafeBytes { png_image_write_to_memory(&png, nil, &size, 0, $0.baseAddress, 0, nil) }
    var out = [UInt8](repeating: 0, count: size)
    _ = out.withUnsafeMutableBytes { buffer in
      image.pixels.withUnsafeBytes { png_image_write_to_memory(&png, buffer.baseAddress, &size, 0, $0.baseAddress, 0, nil) }
    }
    return Array(out.prefix(size))
  }

  /// CRC-32 (ISO 3309), as PNG chunks carry it.
  public static func crc32(_ bytes: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes {
      crc ^= UInt32(byte)
      for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
    }
    return ~crc
  }
}
