/** Royaal: run the workshop "Royale organisatie, loyale klanten" live. */
module nl.royaal {
    requires java.sql;
    requires javafx.controls;
    requires javafx.fxml;
    requires org.controlsfx.controls;
    requires org.kordamp.ikonli.core;
    requires org.kordamp.ikonli.javafx;
    requires org.kordamp.ikonli.materialdesign2;
    requires atlantafx.base;
    requires com.h2database;
    requires flyway.core; // no module descriptor: the automatic name comes from the jar file name
    requires tools.jackson.databind;
    requires io.javalin; // the phone server (brings Jetty 12)
    // To quieten Jetty's INFO lines (through SLF4J) and one harmless PDFBox message.
    requires java.logging;
    requires io.nayuki.qrcodegen;
    requires org.apache.pdfbox; // the report's PDF; automatic module (name from its manifest)
    requires org.apache.fontbox; // which characters the report's embedded font can show
    requires org.apache.pdfbox.io; // fontbox reads the font from a buffer of this module
    requires org.dhatim.fastexcel; // the report's XLSX
    requires org.dhatim.fastexcel.reader; // reading an online form's XLSX export (score import)
    // PDFBox logs through Commons Logging; as an automatic module it does not pull that in by itself.
    requires org.apache.commons.logging;

    // JavaFX starts the application class.
    exports nl.royaal.app to javafx.graphics;
    // FXML builds controllers and injects fields by reflection.
    opens nl.royaal.ui.shell to javafx.fxml;
    opens nl.royaal.ui.workshops to javafx.fxml;
    opens nl.royaal.ui.preparation to javafx.fxml;
    opens nl.royaal.ui.run to javafx.fxml;
    opens nl.royaal.ui.projector to javafx.fxml;
    opens nl.royaal.ui.settings to javafx.fxml;
    opens nl.royaal.ui.peakend to javafx.fxml;
    opens nl.royaal.ui.closing to javafx.fxml;
    opens nl.royaal.ui.scoring to javafx.fxml;
    opens nl.royaal.ui.charts to javafx.fxml; // views name chart nodes (ChartLegend)
    opens nl.royaal.ui.fanmoment to javafx.fxml;
    opens nl.royaal.ui.pledge to javafx.fxml;
    opens nl.royaal.ui.scoreentry to javafx.fxml;
    opens nl.royaal.ui.vision to javafx.fxml;
    // Flyway reads the SQL migrations as resources of this module.
    opens nl.royaal.persistence.migration;
    // Jackson builds the file format's records by reflection.
    opens nl.royaal.persistence.file to tools.jackson.databind;
    // Jackson writes the phone API's records (views, receipts, errors) by reflection.
    opens nl.royaal.service.live to tools.jackson.databind;
    opens nl.royaal.web to tools.jackson.databind;
}
