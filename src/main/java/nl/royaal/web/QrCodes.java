package nl.royaal.web;

import io.nayuki.qrcodegen.QrCode;

/**
 * The QR code with the join link, for the console and the projector. Medium error correction:
 * scannable from the back of a room on a projector that is slightly out of focus.
 */
public final class QrCodes {

    /** The quiet zone the QR standard asks around the code, in modules. */
    public static final int QUIET_ZONE = 4;

    private QrCodes() {
    }

    /**
     * The modules of the code for {@code text}: {@code [row][column]}, {@code true} is dark. Without
     * the quiet zone; draw {@link #QUIET_ZONE} light modules around it.
     */
    public static boolean[][] matrix(String text) {
        QrCode code = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        boolean[][] modules = new boolean[code.size][code.size];
        for (int y = 0; y < code.size; y++) {
            for (int x = 0; x < code.size; x++) {
                modules[y][x] = code.getModule(x, y);
            }
        }
        return modules;
    }

    /**
     * The code as a standalone SVG document (black on white, with the quiet zone), scalable to any
     * size without blur: one path, one unit per module.
     */
    public static String svg(String text) {
        boolean[][] modules = matrix(text);
        int size = modules.length + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < modules.length; y++) {
            for (int x = 0; x < modules.length; x++) {
                if (modules[y][x]) {
                    path.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                + "<path d=\"" + path + "\" fill=\"#000\"/></svg>";
    }
}
