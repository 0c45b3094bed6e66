package com.clinova.db.demo;

import java.util.List;
import java.util.Random;

/** Patients of the Madrid dental clinic: Spanish names with two surnames, +34 mobiles, DNI. */
final class SpanishPopulation {

    private static final List<String> FEMALE_NAMES = List.of(
            "Lucía",
            "Carmen",
            "Inés",
            "Marta",
            "Elena",
            "Pilar",
            "Rocío",
            "Begoña",
            "Ángela",
            "Nuria",
            "Sofía",
            "Laura",
            "Cristina",
            "Raquel",
            "Montserrat",
            "Ainhoa",
            "Beatriz",
            "Concepción",
            "Dolores",
            "Irene",
            "María Ángeles",
            "Macarena");

    private static final List<String> MALE_NAMES = List.of(
            "José",
            "José Luis",
            "Javier",
            "Álvaro",
            "Andrés",
            "Jesús",
            "Sergio",
            "Íñigo",
            "Rubén",
            "Óscar",
            "Manuel",
            "Francisco",
            "Adrián",
            "Joaquín",
            "Ramón",
            "Tomás",
            "Hugo",
            "Ignacio",
            "Martín",
            "Víctor");

    private static final List<String> SURNAMES = List.of(
            "García",
            "Álvarez",
            "Ibáñez",
            "Peña",
            "Fernández",
            "López",
            "Martínez",
            "Sánchez",
            "Pérez",
            "Gómez",
            "Jiménez",
            "Ruiz",
            "Hernández",
            "Díaz",
            "Moreno",
            "Muñoz",
            "Romero",
            "Alonso",
            "Gutiérrez",
            "Navarro",
            "Torres",
            "Domínguez",
            "Vázquez",
            "Ramos",
            "Gil",
            "Ramírez",
            "Serrano",
            "Blanco",
            "Suárez",
            "Molina",
            "Ortega",
            "Delgado",
            "Rubio",
            "Marín",
            "Sanz",
            "Iglesias",
            "Medina",
            "Garrido",
            "Cortés",
            "Castaño",
            "Méndez",
            "Calvo",
            "Gallego",
            "León",
            "Márquez",
            "Cabrera",
            "Fuentes",
            "Carrasco",
            "Díez",
            "Caballero",
            "Aguilar",
            "Pascual",
            "Montero",
            "Hidalgo",
            "Giménez",
            "Echevarría");

    private static final List<String> STREETS = List.of(
            "Calle de Alcalá",
            "Calle Mayor",
            "Avenida de América",
            "Calle de Serrano",
            "Paseo de la Castellana",
            "Calle de Bravo Murillo",
            "Calle de Atocha",
            "Calle de la Princesa",
            "Calle de Embajadores",
            "Avenida de Menéndez Pelayo");

    private static final List<String> TOWNS = List.of(
            "28009 Madrid",
            "28013 Madrid",
            "28028 Madrid",
            "28045 Madrid",
            "28224 Pozuelo de Alarcón",
            "28100 Alcobendas",
            "28903 Getafe",
            "28922 Alcorcón");

    private static final List<String> NOTES = List.of(
            "Alergia a la penicilina.",
            "Prefiere citas por la tarde.",
            "Bruxismo nocturno; lleva férula de descarga.",
            "Ansiedad dental: explicar cada paso del tratamiento.",
            "Hipertensión controlada; toma enalapril.",
            "Ortodoncia finalizada en 2019, revisión anual.",
            "Sensibilidad al frío en el cuadrante inferior izquierdo.");

    private SpanishPopulation() {}

    static Population create() {
        return new Population(
                FEMALE_NAMES,
                MALE_NAMES,
                SURNAMES,
                STREETS,
                TOWNS,
                NOTES,
                "example.es",
                SpanishPopulation::mobile,
                random -> NationalIds.dni(random.nextInt(100_000_000)));
    }

    private static String mobile(Random random) {
        return "+34 6" + Population.digits(random, 2) + " " + Population.digits(random, 3) + " "
                + Population.digits(random, 3);
    }
}
