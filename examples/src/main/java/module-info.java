/** Task-named runnable examples of sip2kit, run on the module path by the build. */
module io.github.sip2kit.examples {
    requires io.github.sip2kit.codec;
    requires io.github.sip2kit.server;
    requires io.github.sip2kit.client;
}
