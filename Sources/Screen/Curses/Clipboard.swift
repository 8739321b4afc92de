import Foundation

/// The clipboard through the terminal: OSC 52 asks the terminal (xterm, Windows Terminal,
/// kitty, iTerm2, tmux with `set-clipboard on`) to put text on the user's clipboard. It
/// travels with the screen's bytes, so it works over ssh too.
public enum Clipboard {
    /// `ESC ] 52 ; c ; base64(text) BEL`: "c" is the clipboard (not the primary selection).
    public static func osc52(_ text: String) -> [UInt8] {
        Array("\u{1B}]52;c;".utf8) + Array(Data(text.utf8).base64EncodedString().utf8) + [0x07]
    }
}
