package org.tangier.assessments.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;
import org.tangier.analysis.AnalysisFigures;

/**
 * Draws figures as PNG on the server, the same image on screen and in the PDF, so no browser is needed to print.
 * Labels use the shipped DejaVu Sans (Java2D shapes Arabic itself). In Arabic the time axis runs right to left, as
 * on the trends page.
 */
@Component
class ChartImages {

    /** Twice the printed size, so the image stays sharp on paper (17 cm wide at ~150 dpi). */
    static final int WIDTH = 1000;
    static final int HEIGHT = 460;
    /** A link chart draws at most this many nodes, the nearest to the start first; more is unreadable on paper. */
    static final int MAX_DRAWN = 60;

    private static final Color INK = new Color(0x1f, 0x2d, 0x3d);
    private static final Color GRID = new Color(0xd0, 0xd7, 0xde);
    private static final Color BAR = new Color(0x1f, 0x5f, 0x99);
    private static final Map<String, Color> NODE_COLOURS = Map.of("person", new Color(0xc0392b), "travel-document",
            new Color(0x2e86c1), "vehicle", new Color(0x28b463), "firearm", new Color(0x7d3c98), "indicator",
            new Color(0xd68910), "notice", new Color(0x17202a), "hit", new Color(0x839192), "operation", new Color(0x148f77));

    private final Font font;

    ChartImages() {
        try (InputStream in = ChartImages.class.getResourceAsStream(AssessmentPdf.FONT_REGULAR)) {
            font = Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("the shipped font " + AssessmentPdf.FONT_REGULAR + " cannot be read", e);
        }
    }

    /** Hits by week as bars, with the count above each bar and the week's Monday below. */
    byte[] trend(FigureData.Trend trend, boolean rightToLeft) {
        BufferedImage image = canvas();
        Graphics2D g = graphics(image);
        List<FigureData.Count> weeks = trend.byWeek();
        int left = 70;
        int right = WIDTH - 30;
        int top = 30;
        int bottom = HEIGHT - 70;
        long max = Math.max(1, weeks.stream().mapToLong(FigureData.Count::count).max().orElse(1));
        long step = niceStep(max);
        long axisMax = ((max + step - 1) / step) * step;
        g.setFont(font.deriveFont(18f));
        for (long v = 0; v <= axisMax; v += step) {
            int y = bottom - (int) ((bottom - top) * v / (double) axisMax);
            g.setColor(GRID);
            g.drawLine(left, y, right, y);
            g.setColor(INK);
            String label = Long.toString(v);
            g.drawString(label, left - 10 - g.getFontMetrics().stringWidth(label), y + 6);
        }
        int n = Math.max(1, weeks.size());
        double slot = (right - left) / (double) n;
        int labelEvery = Math.max(1, (int) Math.ceil(n * 70 / (double) (right - left)));
        for (int i = 0; i < weeks.size(); i++) {
            FigureData.Count w = weeks.get(i);
            int index = rightToLeft ? n - 1 - i : i;
            int x = left + (int) (slot * index + slot * 0.15);
            int width = Math.max(2, (int) (slot * 0.7));
            int h = (int) ((bottom - top) * w.count() / (double) axisMax);
            g.setColor(BAR);
            g.fillRect(x, bottom - h, width, h);
            g.setColor(INK);
            if (w.count() > 0) {
                String c = Long.toString(w.count());
                g.drawString(c, x + (width - g.getFontMetrics().stringWidth(c)) / 2, bottom - h - 6);
            }
            if (i % labelEvery == 0) {
                String day = w.key().length() >= 10 ? w.key().substring(5, 10) : w.key();
                g.drawString(day, x + (width - g.getFontMetrics().stringWidth(day)) / 2, bottom + 26);
            }
        }
        g.setColor(INK);
        g.setStroke(new BasicStroke(2));
        g.drawLine(left, bottom, right, bottom);
        g.dispose();
        return png(image);
    }

    /**
     * A link chart: nodes coloured by type with their caption, laid out by a seeded force-directed layout
     * (Fruchterman-Reingold), so the same figure always draws the same picture.
     */
    byte[] links(AnalysisFigures.LinkChart chart) {
        BufferedImage image = canvas();
        Graphics2D g = graphics(image);
        List<AnalysisFigures.LinkChart.Node> nodes = chart.nodes().subList(0, Math.min(MAX_DRAWN, chart.nodes().size()));
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            index.put(nodes.get(i).id(), i);
        }
        List<int[]> edges = chart.edges().stream()
                .filter(e -> index.containsKey(e.source()) && index.containsKey(e.target()))
                .map(e -> new int[] {index.get(e.source()), index.get(e.target())}).toList();
        double[][] at = layout(nodes.size(), edges);
        g.setColor(GRID);
        g.setStroke(new BasicStroke(2));
        for (int[] e : edges) {
            g.drawLine(x(at[e[0]][0]), y(at[e[0]][1]), x(at[e[1]][0]), y(at[e[1]][1]));
        }
        g.setFont(font.deriveFont(15f));
        for (int i = 0; i < nodes.size(); i++) {
            AnalysisFigures.LinkChart.Node node = nodes.get(i);
            int cx = x(at[i][0]);
            int cy = y(at[i][1]);
            int r = i == 0 ? 14 : 10;
            g.setColor(NODE_COLOURS.getOrDefault(node.type(), Color.GRAY));
            g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
            g.setColor(INK);
            String caption = node.caption() == null ? node.type() : node.caption();
            if (caption.length() > 26) {
                caption = caption.substring(0, 25) + "…";
            }
            g.drawString(caption, cx - g.getFontMetrics().stringWidth(caption) / 2, cy + r + 16);
        }
        g.dispose();
        return png(image);
    }

    private static double[][] layout(int n, List<int[]> edges) {
        Random random = new Random(42);
        double[][] p = new double[n][2];
        for (int i = 0; i < n; i++) {
            p[i][0] = random.nextDouble();
            p[i][1] = random.nextDouble();
        }
        if (n == 1) {
            p[0] = new double[] {0.5, 0.5};
            return p;
        }
        double k = Math.sqrt(1.0 / n);
        double temperature = 0.1;
        for (int round = 0; round < 150; round++) {
            double[][] d = new double[n][2];
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double dx = p[i][0] - p[j][0];
                    double dy = p[i][1] - p[j][1];
                    double dist = Math.max(1e-4, Math.hypot(dx, dy));
                    double f = k * k / dist;
                    d[i][0] += dx / dist * f;
                    d[i][1] += dy / dist * f;
                    d[j][0] -= dx / dist * f;
                    d[j][1] -= dy / dist * f;
                }
            }
            for (int[] e : edges) {
                double dx = p[e[0]][0] - p[e[1]][0];
                double dy = p[e[0]][1] - p[e[1]][1];
                double dist = Math.max(1e-4, Math.hypot(dx, dy));
                double f = dist * dist / k;
                d[e[0]][0] -= dx / dist * f;
                d[e[0]][1] -= dy / dist * f;
                d[e[1]][0] += dx / dist * f;
                d[e[1]][1] += dy / dist * f;
            }
            for (int i = 0; i < n; i++) {
                double len = Math.max(1e-4, Math.hypot(d[i][0], d[i][1]));
                double move = Math.min(len, temperature);
                p[i][0] += d[i][0] / len * move;
                p[i][1] += d[i][1] / len * move;
            }
            temperature *= 0.97;
        }
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (double[] q : p) {
            minX = Math.min(minX, q[0]);
            maxX = Math.max(maxX, q[0]);
            minY = Math.min(minY, q[1]);
            maxY = Math.max(maxY, q[1]);
        }
        for (double[] q : p) {
            q[0] = maxX - minX < 1e-9 ? 0.5 : (q[0] - minX) / (maxX - minX);
            q[1] = maxY - minY < 1e-9 ? 0.5 : (q[1] - minY) / (maxY - minY);
        }
        return p;
    }

    private static int x(double unit) {
        return 90 + (int) (unit * (WIDTH - 180));
    }

    private static int y(double unit) {
        return 40 + (int) (unit * (HEIGHT - 100));
    }

    /** The axis step from 1, 2, 5, 10, 20, 50…: at most eight grid lines. */
    private static long niceStep(long max) {
        long step = 1;
        int i = 0;
        while (max / step > 8) {
            step = (i % 3 == 1) ? step * 5 / 2 : step * 2;
            i++;
        }
        return step;
    }

    private static BufferedImage canvas() {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.dispose();
        return image;
    }

    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        return g;
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
