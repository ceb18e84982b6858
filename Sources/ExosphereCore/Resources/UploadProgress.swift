import Foundation


/// How far an image upload has got.
public struct UploadProgress: Sendable, Hashable {
    /// The stage the upload is in.
    public enum Stage: String, Sendable, Hashable {
        /// Sending the file to Glance (streamed from disk).
        case sending
        /// Glance is storing the image (`saving`).
        case processing
        /// The image is `active`.
        case done
    }

    /// The stage.
    public var stage: Stage
    /// Bytes handled so far in this stage.
    public var bytes: Int64
    /// The file's size in bytes.
    public var totalBytes: Int64
}
