package dev.dockscope.lint;

/** Shell-style glob for one path segment or a slash path: {@code *} and {@code ?} do not cross {@code /}. Linear. */
public final class Glob {
    private Glob() {
    }

    public static boolean matches(String pattern, String name) {
        int p = 0;
        int n = 0;
        int star = -1;
        int mark = 0;
        while (n < name.length()) {
            if (p < pattern.length() && (pattern.charAt(p) == '?' && name.charAt(n) != '/'
                    || pattern.charAt(p) == name.charAt(n) && pattern.charAt(p) != '*')) {
                p++;
                n++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                mark = n;
            } else if (star >= 0 && name.charAt(mark) != '/') {
                p = star + 1;
                n = ++mark;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }
}
