public import Localization

/// What can go wrong when starting, controlling or stopping the simulator.
public enum SimulatorError: UserFacingError, Equatable {
    /// An option is out of range.
    case invalidOption(name: String, value: String)
    /// The server could not listen on the port.
    case cannotListen(port: Int, reason: String)
    /// ``SimulatorServer/start()`` was called on a server that is already running.
    case alreadyRunning
    /// The clouds.yaml file could not be written.
    case cannotWriteFile(path: String, reason: String)

    /// What happened.
    public var message: LocalizableMessage {
        switch self {
        case .invalidOption(let name, let value):
            LocalizableMessage("The simulator option {name} cannot be {value}.", ["name": name, "value": value])
        case .cannotListen(let port, let reason):
            LocalizableMessage(
                "The simulator could not listen on 127.0.0.1 port {port}: {reason}",
                ["port": String(port), "reason": reason])
        case .alreadyRunning:
            LocalizableMessage("The simulator is already running.")
        case .cannotWriteFile(let path, let reason):
            LocalizableMessage("Could not write {path}: {reason}", ["path": path, "reason": reason])
        }
    }

    /// What to do about it.
    public var recovery: LocalizableMessage? {
        switch self {
        case .invalidOption:
            LocalizableMessage("Check the value against the ranges listed in the simulator's help.")
        case .cannotListen:
            LocalizableMessage("Choose another port, or use port 0 to let the system pick a free one.")
        case .alreadyRunning:
            LocalizableMessage("Stop it first, or use the endpoint it already returned.")
        case .cannotWriteFile:
            LocalizableMessage("Check that the folder exists and that you may write to it.")
        }
    }
}
