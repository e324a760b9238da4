package shop.media;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.MultipleGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.Map;

import shop.media.DemoPalette.Picture;

/**
 * Draws the demo pictures with Java2D: a flat, antialiased illustration of the subject in its colour,
 * shaded from the top left, with stitching and details, on a soft background with a floor and a shadow.
 * No text and no randomness, so the same picture always comes out as the same pixels (and, encoded, the
 * same bytes). Pictures are 960 × 1200, the 4:5 of the storefront's cards and gallery.
 */
final class DemoArtist {

    static final int WIDTH = 960;
    static final int HEIGHT = 1200;

    /** Drawing happens on a 1000 × 1250 sheet, scaled to the picture. */
    private static final double SCALE = WIDTH / 1000.0;

    /** How much larger a subject is drawn, and how far down it is moved to stand on the floor. */
    private record Staging(double zoom, double drop) {
    }

    private static final Map<DemoPalette.Subject, Staging> STAGING = Map.of(
            DemoPalette.Subject.SNEAKER, new Staging(1.25, 108),
            DemoPalette.Subject.BOOT, new Staging(1.1, 38),
            DemoPalette.Subject.POT, new Staging(1.15, 12),
            DemoPalette.Subject.BLANKET, new Staging(1.05, 18),
            DemoPalette.Subject.SLEEPING_BAG, new Staging(1, -22),
            DemoPalette.Subject.TROUSERS, new Staging(1, -14),
            DemoPalette.Subject.LAMP, new Staging(1, 12));

    private static final Color BRASS = new Color(0xb48c48);
    private static final Color SOLE = new Color(0x2a2724);
    private static final Color OFF_WHITE = new Color(0xf4f1ea);

    BufferedImage draw(Picture picture) {
        var image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
            g.scale(SCALE, SCALE);
            Color base = picture.paint().color();
            background(g, base, picture.view());
            if (picture.view() > 1) {
                // A closer look: larger, turned a little, its upper part in view
                g.translate(500, 640);
                g.rotate(Math.toRadians(-9));
                g.scale(1.45, 1.45);
                g.translate(-520, -560);
            }
            // every subject stands on the floor; small ones a little closer
            Staging staging = STAGING.getOrDefault(picture.subject(), new Staging(1, 0));
            g.translate(500, 1000);
            g.scale(staging.zoom(), staging.zoom());
            g.translate(-500, -1000 + staging.drop());
            shadow(g);
            new Subject(g, base).draw(picture.subject());
        } finally {
            g.dispose();
        }
        return image;
    }

    /** A wall and a floor in soft tones that set off the product's colour, lighter or darker. */
    private static void background(Graphics2D g, Color base, int view) {
        boolean light = luminance(base) > 0.55;
        Color wallTop;
        Color wallBottom;
        Color floor;
        if (view == 1) {
            wallTop = light ? new Color(0xd9ddd8) : new Color(0xf3f1ec);
            wallBottom = light ? new Color(0xcdd2cc) : new Color(0xe8e4dc);
            floor = light ? new Color(0xbfc5be) : new Color(0xdcd6cb);
        } else {
            wallTop = light ? new Color(0xd6d9df) : new Color(0xeef1f3);
            wallBottom = light ? new Color(0xc8ccd4) : new Color(0xe0e6ea);
            floor = light ? new Color(0xb8bdc7) : new Color(0xd4dce1);
        }
        g.setPaint(new GradientPaint(0, 0, wallTop, 0, 1000, wallBottom));
        g.fill(new Rectangle2D.Double(0, 0, 1000, 1250));
        g.setPaint(new GradientPaint(0, 1000, floor, 0, 1250, mix(floor, Color.BLACK, 0.06)));
        g.fill(new Rectangle2D.Double(0, 1000, 1000, 250));
        g.setPaint(new GradientPaint(0, 985, new Color(0, 0, 0, 0), 0, 1015, new Color(0, 0, 0, 18)));
        g.fill(new Rectangle2D.Double(0, 985, 1000, 30));
    }

    private static void shadow(Graphics2D g) {
        // a soft ellipse where the subject meets the floor (the gradient is squashed: y / 0.1)
        g.setPaint(new RadialGradientPaint(new Point2D.Double(500, 10_000), 400, new Point2D.Double(500, 10_000),
                new float[] {0f, 0.7f, 1f}, new Color[] {new Color(0, 0, 0, 60), new Color(0, 0, 0, 18), new Color(0, 0, 0, 0)},
                MultipleGradientPaint.CycleMethod.NO_CYCLE, MultipleGradientPaint.ColorSpaceType.SRGB,
                AffineTransform.getScaleInstance(1, 0.1)));
        g.fill(new Rectangle2D.Double(100, 960, 800, 80));
    }

    /** The subjects, each drawn in the product's colour with details in a lighter or darker tone of it. */
    private static final class Subject {

        private final Graphics2D g;
        private final Color base;
        private final Color detail;
        private final Color deep;
        private final Color soft;

        Subject(Graphics2D g, Color base) {
            this.g = g;
            this.base = base;
            boolean dark = luminance(base) < 0.3;
            this.detail = dark ? mix(base, Color.WHITE, 0.35) : mix(base, Color.BLACK, 0.35);
            this.deep = mix(base, Color.BLACK, 0.22);
            this.soft = mix(base, Color.WHITE, 0.22);
        }

        void draw(DemoPalette.Subject subject) {
            switch (subject) {
                case JACKET -> jacket();
                case SHIRT -> shirt();
                case TROUSERS -> trousers();
                case SWEATER -> sweater();
                case BOOT -> boot();
                case SNEAKER -> sneaker();
                case BACKPACK -> backpack();
                case TENT -> tent();
                case SLEEPING_BAG -> sleepingBag();
                case POT -> pot();
                case LAMP -> lamp();
                case BLANKET -> blanket();
            }
        }

        private void jacket() {
            Shape left = poly(330, 300, 215, 380, 160, 860, 180, 930, 262, 940, 275, 870, 325, 520);
            Shape right = mirror(left);
            shaded(left, deep);
            shaded(right, deep);
            cuff(poly(165, 860, 275, 870, 262, 940, 180, 930));
            cuff(mirror(poly(165, 860, 275, 870, 262, 940, 180, 930)));
            Path2D body = new Path2D.Double();
            body.moveTo(420, 270);
            body.lineTo(330, 300);
            body.quadTo(310, 620, 320, 990);
            body.lineTo(680, 990);
            body.quadTo(690, 620, 670, 300);
            body.lineTo(580, 270);
            body.quadTo(500, 330, 420, 270);
            body.closePath();
            shaded(body, base);
            // hood lying behind the collar
            shaded(new Ellipse2D.Double(395, 215, 210, 110), deep);
            shaded(poly(410, 250, 590, 250, 600, 320, 500, 350, 400, 320), soft);
            line(500, 340, 500, 990, detail, 7);
            shaded(new RoundRectangle2D.Double(490, 350, 20, 46, 6, 6), OFF_WHITE);
            stitch(new Line2D.Double(325, 940, 675, 940));
            for (int side : new int[] {0, 1}) {
                double x = side == 0 ? 355 : 535;
                shaded(new RoundRectangle2D.Double(x, 700, 110, 46, 10, 10), deep);
                stitch(new RoundRectangle2D.Double(x + 8, 708, 94, 30, 8, 8));
                line(x + 55, 760, x + 55, 880, detail, 3);
            }
        }

        private void shirt() {
            Shape left = poly(340, 300, 240, 360, 185, 850, 200, 905, 268, 912, 282, 860, 330, 500);
            shaded(left, deep);
            shaded(mirror(left), deep);
            cuff(poly(188, 850, 282, 860, 268, 912, 200, 905));
            cuff(mirror(poly(188, 850, 282, 860, 268, 912, 200, 905)));
            Path2D body = new Path2D.Double();
            body.moveTo(430, 270);
            body.lineTo(340, 300);
            body.quadTo(325, 640, 335, 960);
            body.quadTo(420, 1010, 500, 985);
            body.quadTo(580, 1010, 665, 960);
            body.quadTo(675, 640, 660, 300);
            body.lineTo(570, 270);
            body.quadTo(500, 300, 430, 270);
            body.closePath();
            shaded(body, base);
            shaded(poly(430, 262, 500, 300, 455, 370, 410, 290), soft);
            shaded(poly(570, 262, 500, 300, 545, 370, 590, 290), soft);
            line(485, 300, 485, 985, detail, 3);
            line(515, 300, 515, 985, detail, 3);
            for (int y = 340; y < 960; y += 110) {
                shaded(new Ellipse2D.Double(490, y, 20, 20), OFF_WHITE);
            }
            shaded(new RoundRectangle2D.Double(370, 420, 90, 100, 8, 8), mix(base, Color.WHITE, 0.08));
            stitch(new RoundRectangle2D.Double(376, 426, 78, 88, 6, 6));
        }

        private void trousers() {
            shaded(poly(330, 300, 670, 300, 700, 1010, 535, 1015, 500, 520, 465, 1015, 300, 1010), base);
            shaded(new RoundRectangle2D.Double(322, 245, 356, 62, 12, 12), deep);
            for (int x : new int[] {360, 450, 550, 640}) {
                shaded(new RoundRectangle2D.Double(x - 9, 238, 18, 78, 6, 6), soft);
            }
            shaded(new Ellipse2D.Double(492, 264, 16, 16), BRASS);
            Path2D fly = new Path2D.Double();
            fly.moveTo(525, 307);
            fly.lineTo(525, 460);
            fly.quadTo(520, 500, 498, 510);
            stitch(fly);
            Path2D pockets = new Path2D.Double();
            pockets.moveTo(340, 320);
            pockets.quadTo(410, 340, 420, 420);
            pockets.moveTo(660, 320);
            pockets.quadTo(590, 340, 580, 420);
            outline(pockets, detail, 4);
            line(385, 460, 382, 1005, soft, 4);
            line(615, 460, 618, 1005, soft, 4);
            stitch(new Line2D.Double(305, 975, 465, 980));
            stitch(new Line2D.Double(535, 980, 695, 975));
        }

        private void sweater() {
            Shape left = poly(340, 310, 240, 370, 180, 860, 270, 880, 330, 520);
            shaded(left, deep);
            shaded(mirror(left), deep);
            rib(poly(180, 860, 270, 880, 262, 945, 174, 930), 6);
            rib(mirror(poly(180, 860, 270, 880, 262, 945, 174, 930)), 6);
            Path2D body = new Path2D.Double();
            body.moveTo(420, 280);
            body.lineTo(340, 310);
            body.quadTo(320, 620, 335, 930);
            body.lineTo(665, 930);
            body.quadTo(680, 620, 660, 310);
            body.lineTo(580, 280);
            body.closePath();
            shaded(body, base);
            rib(new RoundRectangle2D.Double(330, 920, 340, 75, 14, 14), 18);
            Area neck = new Area(new Ellipse2D.Double(405, 250, 190, 110));
            neck.subtract(new Area(new Ellipse2D.Double(430, 262, 140, 70)));
            shaded(neck, deep);
            for (int x : new int[] {420, 500, 580}) {
                Path2D cable = new Path2D.Double();
                cable.moveTo(x, 370);
                for (int y = 370; y < 900; y += 60) {
                    cable.quadTo(x + 18, y + 15, x, y + 30);
                    cable.quadTo(x - 18, y + 45, x, y + 60);
                }
                outline(cable, soft, 9);
            }
        }

        private void boot() {
            Path2D upper = new Path2D.Double();
            upper.moveTo(360, 300);
            upper.lineTo(580, 300);
            upper.lineTo(590, 640);
            upper.quadTo(640, 700, 760, 740);
            upper.quadTo(850, 770, 860, 860);
            upper.lineTo(330, 870);
            upper.quadTo(340, 600, 360, 300);
            upper.closePath();
            shaded(upper, base);
            shaded(poly(355, 300, 585, 300, 582, 350, 357, 350), deep);
            shaded(new RoundRectangle2D.Double(330, 255, 50, 100, 16, 16), deep);
            for (int i = 0; i < 6; i++) {
                double y = 380 + i * 55;
                shaded(new Ellipse2D.Double(555, y, 18, 18), BRASS);
                shaded(new Ellipse2D.Double(555 + 10 + i * 8, y + 40, 18, 18), BRASS);
            }
            for (int i = 0; i < 5; i++) {
                double y = 389 + i * 55;
                line(564, y, 574 + (i + 1) * 8, y + 104, detail, 6);
            }
            stitch(new Line2D.Double(335, 835, 850, 830));
            shaded(new RoundRectangle2D.Double(320, 860, 560, 60, 24, 24), SOLE);
            shaded(poly(320, 900, 470, 900, 460, 960, 330, 960), SOLE);
            for (int x = 350; x < 860; x += 40) {
                line(x, 912, x + 14, 912, mix(SOLE, Color.WHITE, 0.2), 4);
            }
        }

        private void sneaker() {
            Path2D upper = new Path2D.Double();
            upper.moveTo(210, 810);
            upper.quadTo(200, 650, 290, 600);
            upper.quadTo(360, 640, 430, 600);
            upper.lineTo(470, 520);
            upper.quadTo(520, 530, 560, 600);
            upper.quadTo(720, 660, 820, 730);
            upper.quadTo(870, 770, 850, 830);
            upper.closePath();
            shaded(upper, base);
            shaded(poly(430, 600, 470, 520, 520, 525, 560, 600, 500, 640), deep);
            Path2D stripe = new Path2D.Double();
            stripe.moveTo(330, 790);
            stripe.quadTo(500, 760, 700, 690);
            stripe.quadTo(560, 790, 360, 815);
            stripe.closePath();
            shaded(stripe, soft);
            for (int i = 0; i < 4; i++) {
                double x = 480 + i * 55;
                line(x, 620 + i * 22, x + 40, 600 + i * 22, OFF_WHITE, 10);
            }
            shaded(new RoundRectangle2D.Double(195, 800, 670, 78, 40, 40), OFF_WHITE);
            shaded(new RoundRectangle2D.Double(200, 860, 660, 26, 20, 20), SOLE);
            stitch(new Line2D.Double(225, 795, 830, 800));
        }

        private void backpack() {
            Area handle = new Area(new RoundRectangle2D.Double(430, 215, 140, 120, 60, 60));
            handle.subtract(new Area(new RoundRectangle2D.Double(455, 240, 90, 90, 40, 40)));
            shaded(handle, deep);
            shaded(new RoundRectangle2D.Double(280, 300, 440, 700, 150, 150), base);
            shaded(new RoundRectangle2D.Double(250, 520, 40, 380, 20, 20), deep);
            shaded(new RoundRectangle2D.Double(710, 520, 40, 380, 20, 20), deep);
            Path2D lid = new Path2D.Double();
            lid.moveTo(285, 450);
            lid.quadTo(285, 300, 500, 300);
            lid.quadTo(715, 300, 715, 450);
            lid.lineTo(715, 540);
            lid.quadTo(500, 610, 285, 540);
            lid.closePath();
            shaded(lid, deep);
            stitch(new Line2D.Double(300, 535, 700, 535));
            shaded(new RoundRectangle2D.Double(350, 690, 300, 260, 60, 60), soft);
            stitch(new RoundRectangle2D.Double(362, 702, 276, 236, 50, 50));
            for (int x : new int[] {395, 575}) {
                shaded(new RoundRectangle2D.Double(x, 520, 30, 250, 10, 10), detail);
                shaded(new RoundRectangle2D.Double(x - 8, 700, 46, 40, 8, 8), BRASS);
            }
        }

        private void tent() {
            Path2D fly = new Path2D.Double();
            fly.moveTo(140, 990);
            fly.quadTo(260, 560, 500, 380);
            fly.quadTo(740, 560, 860, 990);
            fly.closePath();
            shaded(fly, base);
            Path2D door = new Path2D.Double();
            door.moveTo(380, 990);
            door.quadTo(430, 640, 500, 520);
            door.quadTo(570, 640, 620, 990);
            door.closePath();
            shaded(door, deep);
            line(500, 540, 500, 990, detail, 5);
            Path2D poles = new Path2D.Double();
            poles.moveTo(200, 990);
            poles.quadTo(320, 520, 500, 395);
            poles.moveTo(800, 990);
            poles.quadTo(680, 520, 500, 395);
            outline(poles, soft, 8);
            line(250, 780, 90, 1000, detail, 3);
            line(750, 780, 910, 1000, detail, 3);
            shaded(new RoundRectangle2D.Double(480, 360, 40, 40, 12, 12), detail);
        }

        private void sleepingBag() {
            Path2D bag = new Path2D.Double();
            bag.moveTo(500, 220);
            bag.curveTo(680, 220, 700, 360, 680, 480);
            bag.quadTo(650, 800, 610, 1000);
            bag.quadTo(500, 1040, 390, 1000);
            bag.quadTo(350, 800, 320, 480);
            bag.curveTo(300, 360, 320, 220, 500, 220);
            bag.closePath();
            shaded(bag, base);
            Area clip = new Area(bag);
            for (int y = 450; y < 1000; y += 70) {
                Path2D baffle = new Path2D.Double();
                baffle.moveTo(300, y);
                baffle.quadTo(500, y + 30, 700, y);
                Area line = new Area(new BasicStroke(6).createStrokedShape(baffle));
                line.intersect(clip);
                g.setColor(deep);
                g.fill(line);
            }
            shaded(new Ellipse2D.Double(400, 270, 200, 150), deep);
            shaded(new Ellipse2D.Double(430, 295, 140, 100), mix(deep, Color.BLACK, 0.35));
            line(640, 420, 600, 990, detail, 5);
            shaded(new RoundRectangle2D.Double(405, 400, 16, 36, 6, 6), OFF_WHITE);
        }

        private void pot() {
            for (int side : new int[] {0, 1}) {
                Area handle = new Area(new RoundRectangle2D.Double(side == 0 ? 185 : 735, 640, 80, 70, 30, 30));
                handle.subtract(new Area(new RoundRectangle2D.Double(side == 0 ? 205 : 755, 655, 40, 38, 16, 16)));
                shaded(handle, deep);
            }
            Path2D body = new Path2D.Double();
            body.moveTo(245, 620);
            body.lineTo(755, 620);
            body.lineTo(750, 900);
            body.quadTo(745, 980, 660, 985);
            body.lineTo(340, 985);
            body.quadTo(255, 980, 250, 900);
            body.closePath();
            shaded(body, base);
            line(290, 660, 290, 930, new Color(255, 255, 255, 60), 18);
            shaded(new Ellipse2D.Double(230, 585, 540, 70), deep);
            Path2D lid = new Path2D.Double();
            lid.moveTo(250, 620);
            lid.quadTo(260, 480, 500, 470);
            lid.quadTo(740, 480, 750, 620);
            lid.closePath();
            shaded(lid, base);
            shaded(new RoundRectangle2D.Double(450, 420, 100, 60, 24, 24), BRASS);
            outline(new Line2D.Double(255, 615, 745, 615), detail, 4);
        }

        private void lamp() {
            g.setPaint(new RadialGradientPaint(new Point2D.Double(500, 640), 260, new float[] {0f, 1f},
                    new Color[] {new Color(255, 226, 150, 120), new Color(255, 226, 150, 0)}));
            g.fill(new Ellipse2D.Double(240, 440, 520, 400));
            shaded(new RoundRectangle2D.Double(486, 560, 28, 370, 10, 10), BRASS);
            shaded(new Ellipse2D.Double(370, 915, 260, 70), mix(BRASS, Color.BLACK, 0.15));
            shaded(new RoundRectangle2D.Double(385, 900, 230, 60, 30, 30), BRASS);
            Path2D cord = new Path2D.Double();
            cord.moveTo(610, 940);
            cord.curveTo(700, 960, 760, 1010, 860, 1020);
            outline(cord, SOLE, 5);
            Path2D shade = new Path2D.Double();
            shade.moveTo(365, 300);
            shade.lineTo(635, 300);
            shade.lineTo(745, 590);
            shade.quadTo(500, 625, 255, 590);
            shade.closePath();
            shaded(shade, base);
            outline(new Line2D.Double(365, 300, 635, 300), detail, 6);
            Path2D hem = new Path2D.Double();
            hem.moveTo(262, 578);
            hem.quadTo(500, 612, 738, 578);
            outline(hem, detail, 6);
        }

        private void blanket() {
            fold(new RoundRectangle2D.Double(190, 720, 640, 260, 40, 40), base);
            fold(new RoundRectangle2D.Double(230, 520, 560, 220, 40, 40), mix(base, Color.WHITE, 0.06));
            fold(new RoundRectangle2D.Double(270, 360, 480, 180, 36, 36), base);
        }

        private void fold(RoundRectangle2D layer, Color colour) {
            shaded(layer, colour);
            double x = layer.getX();
            double y = layer.getY();
            double w = layer.getWidth();
            double h = layer.getHeight();
            shaded(new Rectangle2D.Double(x + w * 0.68, y, w * 0.07, h), soft);
            shaded(new Rectangle2D.Double(x + w * 0.78, y, w * 0.025, h), detail);
            outline(new Line2D.Double(x + 20, y + h * 0.5, x + w - 20, y + h * 0.5), mix(colour, Color.BLACK, 0.12), 5);
            for (double fy = y + 14; fy < y + h - 10; fy += 16) {
                line(x + w - 4, fy, x + w + 26, fy + 3, detail, 4);
            }
        }

        /** Fills {@code shape} with {@code colour}, lit from the top left, with a thin darker edge. */
        private void shaded(Shape shape, Color colour) {
            g.setColor(colour);
            g.fill(shape);
            Rectangle2D bounds = shape.getBounds2D();
            Shape clip = g.getClip();
            g.clip(shape);
            // light, then the colour itself, then shade: no grey haze over the middle
            g.setPaint(new LinearGradientPaint(new Point2D.Double(bounds.getMinX(), bounds.getMinY()),
                    new Point2D.Double(bounds.getMaxX(), bounds.getMaxY()), new float[] {0f, 0.45f, 0.55f, 1f},
                    new Color[] {new Color(255, 255, 255, 60), new Color(255, 255, 255, 0), new Color(0, 0, 0, 0),
                            new Color(0, 0, 0, 70)}));
            g.fill(bounds);
            g.setClip(clip);
            g.setColor(mix(colour, Color.BLACK, 0.3));
            g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(shape);
        }

        private void cuff(Shape shape) {
            shaded(shape, mix(deep, Color.BLACK, 0.1));
        }

        /** Knitted ribbing: the shape with fine lines across its width. */
        private void rib(Shape shape, int lines) {
            shaded(shape, deep);
            Rectangle2D bounds = shape.getBounds2D();
            Shape clip = g.getClip();
            g.clip(shape);
            g.setColor(mix(deep, Color.BLACK, 0.2));
            g.setStroke(new BasicStroke(3f));
            double step = bounds.getWidth() / lines;
            for (double x = bounds.getMinX() + step / 2; x < bounds.getMaxX(); x += step) {
                g.draw(new Line2D.Double(x, bounds.getMinY(), x + 6, bounds.getMaxY()));
            }
            g.setClip(clip);
        }

        /** Dashed stitching along {@code shape}. */
        private void stitch(Shape shape) {
            g.setColor(detail);
            g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {12f, 9f}, 0f));
            g.draw(shape);
        }

        private void line(double x1, double y1, double x2, double y2, Color colour, float width) {
            outline(new Line2D.Double(x1, y1, x2, y2), colour, width);
        }

        private void outline(Shape shape, Color colour, float width) {
            g.setColor(colour);
            g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(shape);
        }
    }

    /** A closed polygon through the points (x, y, x, y, ...). */
    private static Path2D poly(double... points) {
        Path2D path = new Path2D.Double();
        path.moveTo(points[0], points[1]);
        for (int i = 2; i < points.length; i += 2) {
            path.lineTo(points[i], points[i + 1]);
        }
        path.closePath();
        return path;
    }

    /** {@code shape} mirrored about the sheet's vertical centre line. */
    private static Shape mirror(Shape shape) {
        AffineTransform flip = new AffineTransform(-1, 0, 0, 1, 1000, 0);
        return flip.createTransformedShape(shape);
    }

    static Color mix(Color colour, Color with, double amount) {
        return new Color(
                (int) Math.round(colour.getRed() + (with.getRed() - colour.getRed()) * amount),
                (int) Math.round(colour.getGreen() + (with.getGreen() - colour.getGreen()) * amount),
                (int) Math.round(colour.getBlue() + (with.getBlue() - colour.getBlue()) * amount),
                colour.getAlpha());
    }

    /** Relative luminance, 0 (black) to 1 (white), roughly as the eye sees it. */
    static double luminance(Color colour) {
        return (0.2126 * colour.getRed() + 0.7152 * colour.getGreen() + 0.0722 * colour.getBlue()) / 255;
    }
}
