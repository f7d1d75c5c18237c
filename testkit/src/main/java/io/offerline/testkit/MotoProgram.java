package io.offerline.testkit;

/**
 * What runs moto: a Python interpreter that has the moto module (moto then runs through
 * {@code serialized_moto_server.py}), or a {@code moto_server} executable run as it is.
 */
record MotoProgram(String path, boolean python) {

    static MotoProgram python(String interpreter) {
        return new MotoProgram(interpreter, true);
    }

    static MotoProgram executable(String path) {
        return new MotoProgram(path, false);
    }
}
