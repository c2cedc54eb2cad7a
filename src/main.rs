fn main() {
    std::process::exit(samtale::app::main());
}
