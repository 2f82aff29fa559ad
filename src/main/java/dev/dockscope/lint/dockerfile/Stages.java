package dev.dockscope.lint.dockerfile;

import java.util.ArrayList;
import java.util.List;

/** Groups instructions into stages. */
final class Stages {
    private Stages() {
    }

    static List<Stage> build(List<Instruction> instructions) {
        List<Stage> out = new ArrayList<>();
        Instruction from = null;
        List<Instruction> body = new ArrayList<>();
        for (Instruction i : instructions) {
            if (i.is("FROM")) {
                if (from != null) {
                    out.add(stage(out.size(), from, body));
                }
                from = i;
                body = new ArrayList<>();
            } else if (from != null) {
                body.add(i);
            }
        }
        if (from != null) {
            out.add(stage(out.size(), from, body));
        }
        return List.copyOf(out);
    }

    private static Stage stage(int index, Instruction from, List<Instruction> body) {
        List<String> w = from.words();
        String image = w.isEmpty() ? "" : w.get(0);
        String name = w.size() >= 3 && w.get(1).equalsIgnoreCase("as") ? w.get(2) : null;
        return new Stage(index, name, image, from, List.copyOf(body));
    }
}
