import VigieCore

/// A file-system failure with its path and reason, said in a whole sentence per language.
public struct FileSystemProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public typealias Action = FileSystemErrorText.Action
    public typealias Reason = FileSystemErrorText.Reason

    public var action: Action
    public var path: String
    public var reason: Reason

    public init(action: Action, path: String, reason: Reason) {
        self.action = action
        self.path = path
        self.reason = reason
    }

    public var description: String { text(in: .en) }

    public func text(in language: Language) -> String {
        let why = Self.reason(reason, language)
        switch language {
        case .en:
            let verb = switch action {
            case .writing: "write"
            case .creatingFolder: "create the folder"
            case .creatingTemporaryFolder: "create a temporary folder in"
            case .moving: "move into place"
            case .reading: "read"
            case .listing: "list the folder"
            case .locking: "lock"
            }
            return "could not \(verb) \(path): \(why)"
        case .fr:
            let verb = switch action {
            case .writing: "d'écrire"
            case .creatingFolder: "de créer le dossier"
            case .creatingTemporaryFolder: "de créer un dossier temporaire dans"
            case .moving: "de mettre en place"
            case .reading: "de lire"
            case .listing: "de lister le dossier"
            case .locking: "de verrouiller"
            }
            return "impossible \(verb) \(path)\u{A0}: \(why)"
        case .de:
            return switch action {
            case .writing: "\(path) konnte nicht geschrieben werden: \(why)"
            case .creatingFolder: "Der Ordner \(path) konnte nicht angelegt werden: \(why)"
            case .creatingTemporaryFolder: "In \(path) konnte kein temporärer Ordner angelegt werden: \(why)"
            case .moving: "\(path) konnte nicht an seinen Platz verschoben werden: \(why)"
            case .reading: "\(path) konnte nicht gelesen werden: \(why)"
            case .listing: "Der Ordner \(path) konnte nicht aufgelistet werden: \(why)"
            case .locking: "\(path) konnte nicht gesperrt werden: \(why)"
            }
        case .it:
            let verb = switch action {
            case .writing: "scrivere"
            case .creatingFolder: "creare la cartella"
            case .creatingTemporaryFolder: "creare una cartella temporanea in"
            case .moving: "spostare al suo posto"
            case .reading: "leggere"
            case .listing: "elencare la cartella"
            case .locking: "bloccare"
            }
            return "impossibile \(verb) \(path): \(why)"
        }
    }

    static func reason(_ reason: Reason, _ language: Language) -> String {
        let texts: (en: String, fr: String, de: String, it: String) = switch reason {
        case .diskFull: ("the disk is full", "le disque est plein", "die Festplatte ist voll", "il disco è pieno")
        case .permission: ("permission denied", "accès refusé", "keine Berechtigung", "permesso negato")
        case .readOnly: ("the disk is read-only", "le disque est en lecture seule", "die Festplatte ist schreibgeschützt",
                         "il disco è di sola lettura")
        case .noSuchFile: ("no such file or folder", "fichier ou dossier introuvable", "Datei oder Ordner nicht gefunden",
                           "file o cartella inesistente")
        case .exists: ("something of that name is already there", "un élément de ce nom existe déjà",
                       "unter diesem Namen gibt es schon etwas", "esiste già qualcosa con questo nome")
        case .notAFolderOnTheWay: ("a part of the path is a file, not a folder", "une partie du chemin est un fichier, pas un dossier",
                                   "ein Teil des Pfads ist eine Datei, kein Ordner", "una parte del percorso è un file, non una cartella")
        case .isAFolder: ("it is a folder", "c'est un dossier", "es ist ein Ordner", "è una cartella")
        case .linkLoop: ("the symbolic links on the way form a loop", "les liens symboliques du chemin forment une boucle",
                         "die symbolischen Links auf dem Weg bilden eine Schleife", "i link simbolici del percorso formano un ciclo")
        case .nameTooLong: ("the name is too long", "le nom est trop long", "der Name ist zu lang", "il nome è troppo lungo")
        case .otherDisk: ("it is on another disk", "il se trouve sur un autre disque", "es liegt auf einer anderen Festplatte",
                          "si trova su un altro disco")
        case .unknown: ("the system refused", "le système a refusé", "das System hat es verweigert", "il sistema ha rifiutato")
        }
        return switch language {
        case .en: texts.en
        case .fr: texts.fr
        case .de: texts.de
        case .it: texts.it
        }
    }
}
