import Foundation
import Hummingbird

/// One file of a multipart form post, spooled to a temporary file only this user can read.
struct UploadedFile: Sendable {
    /// The form field it came in.
    var field: String
    /// The name the browser gave (the file's name on the person's computer, no folders).
    var filename: String
    /// The browser's content type for it, if any.
    var contentType: String?
    /// The spooled copy; removed once the request is answered.
    var location: URL
    /// Its size in bytes.
    var size: Int64
}

/// Which posts may carry files, how large they may be, and how many bytes may be on their way at once.
struct UploadPolicy: Sendable {
    /// The paths whose forms may carry files.
    var paths: Set<String>
    /// The most such a post's body may hold, in bytes.
    var maximumBytes: Int64
    /// Upload bytes in flight, per session and in all.
    var gate: UploadGate
}

/// Reads a `multipart/form-data` post: text fields into ``FormFields``, files streamed into
/// private temporary files (0600 in a 0700 folder). No file is accepted before `authorize`
/// approved the fields sent ahead of it (the CSRF token), so a forged post cannot fill the disk.
struct MultipartFormReceiver {
    /// What was received: the text fields, the files, and the folder to remove afterwards.
    struct Received: Sendable {
        var fields: FormFields
        var files: [UploadedFile]
        var folder: URL?

        /// Deletes the spooled files.
        func removeFiles() {
            guard let folder else { return }
            try? FileManager.default.removeItem(at: folder)
        }
    }

    /// The most the whole body may hold, in bytes.
    var maximumBytes: Int64
    /// Whether file parts are welcome here at all.
    var acceptsFiles: Bool
    /// The most the text fields may hold together, in bytes.
    var maximumFieldBytes = SessionMiddleware.maximumFormBytes
    /// How slowly the body may arrive before it is refused.
    var pace: BodyPace

    /// Reads `body`, calling `authorize` once with the fields seen so far: before the first file,
    /// else at the end.
    ///
    /// - Throws: ``WebUIError/uploadTooLarge(maximumBytes:)`` past the size limit,
    ///   ``WebUIError/malformedForm`` for a body that is not a multipart form,
    ///   ``WebUIError/invalidForm(field:)`` for a file where none is expected,
    ///   ``WebUIError/invalidCSRFToken`` when `authorize` refuses, ``WebUIError/bodyTimedOut``
    ///   when the body arrives slower than ``pace`` allows.
    func receive(
        _ body: some AsyncSequence<ByteBuffer, any Error>, contentType: String, authorize: (FormFields) -> Bool
    ) async throws -> Received {
        var parser: MultipartParser
        do {
            parser = try MultipartParser(contentType: contentType)
        } catch {
            throw WebUIError.malformedForm
        }
        var spool = Spool(acceptsFiles: acceptsFiles, maximumFieldBytes: maximumFieldBytes)
        do {
            var total: Int64 = 0
            let pace = self.pace
            for try await chunk in body {
                total = total.addingReportingOverflow(Int64(chunk.readableBytes)).partialValue
                guard total >= 0, total <= maximumBytes else { throw WebUIError.uploadTooLarge(maximumBytes: maximumBytes) }
                try pace.check(received: total)
                let events: [MultipartParser.Event]
                do {
                    events = try parser.feed(chunk.readableBytesView)
                } catch {
                    throw WebUIError.malformedForm
                }
                try spool.take(events, authorize: authorize)
            }
            do {
                try parser.finish()
            } catch {
                throw WebUIError.malformedForm
            }
            if !spool.authorized {
                guard authorize(spool.fields) else { throw WebUIError.invalidCSRFToken }
            }
            return Received(fields: spool.fields, files: spool.files, folder: spool.folder)
        } catch {
            spool.abandon()
            throw error
        }
    }
}

/// Where the parts of one post go as they arrive.
private struct Spool {
    let acceptsFiles: Bool
    let maximumFieldBytes: Int
    var fields = FormFields()
    var files: [UploadedFile] = []
    var folder: URL?
    var authorized = false
    private var fieldBytes = 0
    private var current: MultipartPartHeaders?
    private var text: [UInt8] = []
    private var handle: FileHandle?

    init(acceptsFiles: Bool, maximumFieldBytes: Int) {
        self.acceptsFiles = acceptsFiles
        self.maximumFieldBytes = maximumFieldBytes
    }

    mutating func take(_ events: [MultipartParser.Event], authorize: (FormFields) -> Bool) throws {
        for event in events {
            switch event {
            case .part(let headers):
                current = headers
                text = []
                if let filename = headers.filename {
                    guard acceptsFiles else { throw WebUIError.invalidForm(field: headers.name) }
                    if !authorized {
                        guard authorize(fields) else { throw WebUIError.invalidCSRFToken }
                        authorized = true
                    }
                    try open(field: headers.name, filename: filename, contentType: headers.contentType)
                }
            case .data(let bytes):
                if let handle {
                    do {
                        try handle.write(contentsOf: bytes)
                    } catch {
                        throw WebUIError.uploadNotStored(reason: error.localizedDescription)
                    }
                    files[files.count - 1].size += Int64(bytes.count)
                } else {
                    fieldBytes += bytes.count
                    guard fieldBytes <= maximumFieldBytes else { throw WebUIError.uploadTooLarge(maximumBytes: Int64(maximumFieldBytes)) }
                    text += bytes
                }
            case .end:
                if let handle {
                    try handle.close()
                    self.handle = nil
                } else if let current {
                    fields.append(current.name, String(decoding: text, as: UTF8.self))
                }
                current = nil
            }
        }
    }

    /// Starts a file in this post's private folder, keeping the file's extension (the disk
    /// format is guessed from it).
    private mutating func open(field: String, filename: String, contentType: String?) throws {
        let manager = FileManager.default
        let folder: URL
        if let existing = self.folder {
            folder = existing
        } else {
            folder = manager.temporaryDirectory.appendingPathComponent("exosphere-upload-\(UUID().uuidString)", isDirectory: true)
            do {
                try manager.createDirectory(at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
            } catch {
                throw WebUIError.uploadNotStored(reason: error.localizedDescription)
            }
            self.folder = folder
        }
        let leaf = filename.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let suffix = leaf.split(separator: ".").dropFirst().last.map(String.init) ?? ""
        let safeSuffix = suffix.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } && suffix.count <= 8 ? suffix : ""
        let location = folder.appendingPathComponent("file-\(files.count)" + (safeSuffix.isEmpty ? "" : "." + safeSuffix))
        guard manager.createFile(atPath: location.path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw WebUIError.uploadNotStored(reason: "the temporary folder is not writable")
        }
        handle = try FileHandle(forWritingTo: location)
        files.append(UploadedFile(field: field, filename: leaf, contentType: contentType, location: location, size: 0))
    }

    /// Closes and deletes whatever was spooled after a failure.
    mutating func abandon() {
        try? handle?.close()
        handle = nil
        if let folder { try? FileManager.default.removeItem(at: folder) }
    }
}
