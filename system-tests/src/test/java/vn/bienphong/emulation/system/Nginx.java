package vn.bienphong.emulation.system;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Just enough of nginx's configuration syntax to check a proxy's routes: directives ({@code name args;})
 * and blocks ({@code name args { ... }}), comments dropped, quoted arguments kept whole.
 */
final class Nginx {

    /** A block with its arguments, its directives and the blocks inside it. */
    record Block(String name, List<String> args, List<Directive> directives, List<Block> blocks) {

        /** Every directive of that name in this block and the blocks inside it. */
        void collect(String directive, Consumer<List<String>> found) {
            directives.stream().filter(d -> d.name().equals(directive)).forEach(d -> found.accept(d.args()));
            blocks.forEach(b -> b.collect(directive, found));
        }
    }

    record Directive(String name, List<String> args) {
    }

    private final Block root;

    private Nginx(Block root) {
        this.root = root;
    }

    static Nginx parse(String text) {
        List<String> tokens = tokens(text);
        int[] at = {0};
        return new Nginx(block("main", List.of(), tokens, at));
    }

    Block http() {
        return root.blocks().stream().filter(b -> b.name().equals("http")).findFirst().orElseThrow();
    }

    Block upstream(String name) {
        return http().blocks().stream().filter(b -> b.name().equals("upstream") && b.args().equals(List.of(name))).findFirst()
                .orElseThrow(() -> new AssertionError("no upstream " + name));
    }

    Block serverListeningOn(int port) {
        for (Block server : http().blocks()) {
            if (server.name().equals("server") && server.directives().stream()
                    .anyMatch(d -> d.name().equals("listen") && d.args().get(0).equals(Integer.toString(port)))) {
                return server;
            }
        }
        return null;
    }

    private static Block block(String name, List<String> args, List<String> tokens, int[] at) {
        List<Directive> directives = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        List<String> words = new ArrayList<>();
        while (at[0] < tokens.size()) {
            String token = tokens.get(at[0]++);
            switch (token) {
                case ";" -> {
                    directives.add(new Directive(words.get(0), List.copyOf(words.subList(1, words.size()))));
                    words.clear();
                }
                case "{" -> {
                    blocks.add(block(words.get(0), List.copyOf(words.subList(1, words.size())), tokens, at));
                    words.clear();
                }
                case "}" -> {
                    return new Block(name, args, directives, blocks);
                }
                default -> words.add(token);
            }
        }
        return new Block(name, args, directives, blocks);
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '#') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '"' || c == '\'') {
                int end = text.indexOf(c, i + 1);
                word.append(text, i + 1, end);
                i = end;
            } else if (Character.isWhitespace(c) || c == ';' || c == '{' || c == '}') {
                if (word.length() > 0) {
                    tokens.add(word.toString());
                    word.setLength(0);
                }
                if (!Character.isWhitespace(c)) {
                    tokens.add(Character.toString(c));
                }
            } else {
                word.append(c);
            }
        }
        return tokens;
    }
}
