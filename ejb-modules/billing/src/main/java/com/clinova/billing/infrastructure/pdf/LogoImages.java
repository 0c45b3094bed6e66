package com.clinova.billing.infrastructure.pdf;

import com.clinova.billing.application.InvoiceSheet.Logo;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Graphics2D;
import java.awt.geom.Dimension2D;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.batik.anim.dom.SAXSVGDocumentFactory;
import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.bridge.DocumentLoader;
import org.apache.batik.bridge.ExternalResourceSecurity;
import org.apache.batik.bridge.GVTBuilder;
import org.apache.batik.bridge.NoLoadExternalResourceSecurity;
import org.apache.batik.bridge.NoLoadScriptSecurity;
import org.apache.batik.bridge.ScriptSecurity;
import org.apache.batik.bridge.UserAgentAdapter;
import org.apache.batik.gvt.GraphicsNode;
import org.apache.batik.util.ParsedURL;
import org.apache.batik.util.XMLResourceDescriptor;
import org.w3c.dom.svg.SVGDocument;

/**
 * A clinic's logo as a PDF image: PNG, JPEG or GIF as they are, SVG drawn as vectors (sharp at
 * any size). The SVG is the clinic's own upload, so it is treated as untrusted: documents with a
 * DTD are refused (no entity tricks), scripts never run and nothing outside the document is
 * loaded. A logo that cannot be drawn is left out and logged: it must never stop an invoice.
 */
final class LogoImages {

    private static final Logger LOG = Logger.getLogger(LogoImages.class.getName());

    private LogoImages() {}

    static Optional<Image> of(Logo logo, PdfWriter writer) {
        if (logo == null) {
            return Optional.empty();
        }
        try {
            String type = logo.contentType().toLowerCase(Locale.ROOT);
            if (type.startsWith("image/svg")) {
                return Optional.of(svg(logo.image(), writer));
            }
            if (type.equals("image/png") || type.equals("image/jpeg") || type.equals("image/gif")) {
                return Optional.of(Image.getInstance(logo.image()));
            }
            LOG.warning("Logo of type " + logo.contentType() + " is not printed");
        } catch (Exception | LinkageError e) {
            LOG.log(Level.WARNING, "The clinic's logo could not be drawn; printing without it", e);
        }
        return Optional.empty();
    }

    private static Image svg(byte[] bytes, PdfWriter writer) throws Exception {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.contains("<!DOCTYPE") || text.contains("<!ENTITY")) {
            throw new IllegalArgumentException("SVG logos with a DTD are not drawn");
        }
        SAXSVGDocumentFactory factory = new SAXSVGDocumentFactory(XMLResourceDescriptor.getXMLParserClassName());
        SVGDocument document = factory.createSVGDocument("file:///clinic-logo.svg", new ByteArrayInputStream(bytes));
        UserAgentAdapter agent = new SealedAgent();
        BridgeContext context = new BridgeContext(agent, new DocumentLoader(agent));
        context.setDynamicState(BridgeContext.STATIC);
        GraphicsNode node = new GVTBuilder().build(context, document);
        Dimension2D size = context.getDocumentSize();
        float width = (float) size.getWidth();
        float height = (float) size.getHeight();
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        Graphics2D graphics = template.createGraphicsShapes(width, height);
        try {
            node.paint(graphics);
        } finally {
            graphics.dispose();
        }
        return Image.getInstance(template);
    }

    /** Batik's user agent with every door to the outside shut. */
    private static final class SealedAgent extends UserAgentAdapter {

        @Override
        public ScriptSecurity getScriptSecurity(String scriptType, ParsedURL scriptURL, ParsedURL docURL) {
            return new NoLoadScriptSecurity(scriptType);
        }

        @Override
        public ExternalResourceSecurity getExternalResourceSecurity(ParsedURL resourceURL, ParsedURL docURL) {
            return new NoLoadExternalResourceSecurity();
        }

        @Override
        public void displayError(Exception e) {
            LOG.log(Level.FINE, "SVG logo", e);
        }

        @Override
        public void displayMessage(String message) {
            LOG.fine(message);
        }
    }
}
