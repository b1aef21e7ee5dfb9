//! The message catalogue. Each entry: key => Chinese, English.

macro_rules! messages {
    ($($key:ident => $zh:literal, $en:literal;)*) => {
        /// A message key. Every key has a Chinese and an English text.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum K { $($key),* }

        impl K {
            pub const ALL: &'static [K] = &[$(K::$key),*];

            pub fn zh(self) -> &'static str {
                match self { $(K::$key => $zh),* }
            }

            pub fn en(self) -> &'static str {
                match self { $(K::$key => $en),* }
            }
        }
    };
}

messages! {
    AppName => "加急护航", "Expedite Guard";
}
