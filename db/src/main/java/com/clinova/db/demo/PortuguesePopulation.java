package com.clinova.db.demo;

import java.util.List;
import java.util.Random;

/** Clients of the Lisbon aesthetics clinic: Portuguese names, +351 mobiles, NIF. */
final class PortuguesePopulation {

    private static final List<String> FEMALE_NAMES = List.of(
            "Maria",
            "Ana",
            "Beatriz",
            "Inês",
            "Mariana",
            "Leonor",
            "Matilde",
            "Carolina",
            "Francisca",
            "Sofia",
            "Catarina",
            "Joana",
            "Margarida",
            "Helena",
            "Filipa",
            "Rita",
            "Teresa",
            "Graça",
            "Fátima",
            "Luísa",
            "Ana Rita");

    private static final List<String> MALE_NAMES = List.of(
            "José",
            "António",
            "Francisco",
            "Manuel",
            "Tomás",
            "Duarte",
            "Rodrigo",
            "Afonso",
            "Gonçalo",
            "Tiago",
            "Rui",
            "Nuno",
            "Luís",
            "Sérgio",
            "Vítor",
            "Hélder",
            "Diogo",
            "André",
            "Simão",
            "Martim");

    private static final List<String> SURNAMES = List.of(
            "Silva",
            "Santos",
            "Ferreira",
            "Pereira",
            "Oliveira",
            "Costa",
            "Rodrigues",
            "Martins",
            "Jesus",
            "Sousa",
            "Fernandes",
            "Gonçalves",
            "Gomes",
            "Lopes",
            "Marques",
            "Alves",
            "Almeida",
            "Ribeiro",
            "Pinto",
            "Carvalho",
            "Teixeira",
            "Moreira",
            "Correia",
            "Mendes",
            "Nunes",
            "Soares",
            "Vieira",
            "Monteiro",
            "Cardoso",
            "Rocha",
            "Neves",
            "Coelho",
            "Cunha",
            "Pires",
            "Reis",
            "Simões",
            "Antunes",
            "Matos",
            "Fonseca",
            "Machado",
            "Araújo",
            "Brandão",
            "Magalhães",
            "Lourenço",
            "Barbosa",
            "Tavares",
            "Figueiredo",
            "Assunção",
            "Guerreiro",
            "Calado",
            "Sequeira",
            "Loureiro");

    private static final List<String> STREETS = List.of(
            "Rua Augusta",
            "Avenida da Liberdade",
            "Rua Garrett",
            "Rua do Ouro",
            "Avenida Almirante Reis",
            "Rua de São Bento",
            "Calçada da Estrela",
            "Avenida de Roma",
            "Rua Castilho",
            "Travessa do Carmo");

    private static final List<String> TOWNS = List.of(
            "1100-053 Lisboa",
            "1250-096 Lisboa",
            "1200-195 Lisboa",
            "1000-009 Lisboa",
            "2750-319 Cascais",
            "2710-591 Sintra",
            "2780-270 Oeiras",
            "2800-006 Almada");

    private static final List<String> NOTES = List.of(
            "Pele sensível; evitar ácidos fortes.",
            "Prefere marcações ao sábado de manhã.",
            "Alergia ao látex.",
            "Tratamento de rosácea em curso.",
            "Gravidez: adiar procedimentos com laser.",
            "Cliente desde a abertura da clínica.",
            "Toma isotretinoína: confirmar com o médico antes de peelings.");

    private static final List<String> MOBILE_PREFIXES = List.of("91", "92", "93", "96");

    private PortuguesePopulation() {}

    static Population create() {
        return new Population(
                FEMALE_NAMES,
                MALE_NAMES,
                SURNAMES,
                STREETS,
                TOWNS,
                NOTES,
                "example.pt",
                PortuguesePopulation::mobile,
                PortuguesePopulation::nif);
    }

    private static String mobile(Random random) {
        return "+351 " + Population.pick(random, MOBILE_PREFIXES) + Population.digits(random, 1) + " "
                + Population.digits(random, 3) + " " + Population.digits(random, 3);
    }

    // Individuals' NIFs start with 1, 2 or 3.
    private static String nif(Random random) {
        return NationalIds.nif(10_000_000 + random.nextInt(30_000_000));
    }
}
