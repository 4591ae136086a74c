package io.typedoo.notes.ui;

import java.awt.Color;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.RenderingHints;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.text.AttributedString;
import javax.swing.JTextArea;

/**
 * A text area that shows a hint, word-wrapped and greyed, while it is empty (FlatLaf's placeholder covers text
 * fields only).
 */
final class HintTextArea extends JTextArea {

    private static final long serialVersionUID = 1L;
    private static final Color HINT = new Color(0x6f6a45);

    private final String hint;

    HintTextArea(String hint) {
        this.hint = hint;
    }

    /** The hint shown while the note is empty. */
    String hint() {
        return hint;
    }

    @Override
    protected void paintComponent(Graphics g) {
        super.paintComponent(g);
        if (getDocument().getLength() > 0) {
            return;
        }
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setColor(HINT);
            Insets in = getInsets();
            float width = getWidth() - in.left - in.right;
            if (width <= 0) {
                return;
            }
            AttributedString text = new AttributedString(hint);
            text.addAttribute(TextAttribute.FONT, getFont());
            LineBreakMeasurer lines = new LineBreakMeasurer(text.getIterator(), g2.getFontRenderContext());
            float y = in.top;
            while (lines.getPosition() < hint.length()) {
                TextLayout line = lines.nextLayout(width);
                y += line.getAscent();
                line.draw(g2, in.left, y);
                y += line.getDescent() + line.getLeading();
            }
        } finally {
            g2.dispose();
        }
    }
}
